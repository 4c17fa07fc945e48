// What a trimmed or NativeAOT consumer must get right, printed so that CI can compare it with the JIT build's output:
//   TrimmedConsumer validate PATH...   every finding of every mode on each path, as the JSON report writes it
//   TrimmedConsumer admit DIRECTORY    the admission handler's answer to a review of a pool that overlaps one in DIRECTORY
using System.Text;
using MetalLb.Validation;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting;

if (args.Length >= 2 && args[0] == "validate")
{
    var formatter = new JsonReportFormatter();
    var validators = new[] { BackendMode.Native, BackendMode.Frr, BackendMode.FrrK8s }.Select(mode => new MetalLbValidator(new ValidationOptions { Mode = mode })).ToList();
    var errors = 0;
    foreach (var path in args.Skip(1))
    {
        foreach (var validator in validators)
        {
            var report = validator.ValidatePaths(path);
            errors += report.ErrorCount;
            Console.WriteLine($"== {path} ({validator.Options.Mode})");
            formatter.Write(report, Console.Out);
            Console.WriteLine();
        }
    }

    Console.WriteLine($"{errors} error(s) in all");
    return 0;
}

if (args.Length == 2 && args[0] == "admit")
{
    const string review = """
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{
          "uid":"6f1d1c1e-0000-4000-8000-000000000001","kind":{"group":"metallb.io","version":"v1beta1","kind":"IPAddressPool"},
          "resource":{"group":"metallb.io","version":"v1beta1","resource":"ipaddresspools"},
          "name":"overlapping","namespace":"metallb-system","operation":"CREATE","userInfo":{"username":"admin"},
          "object":{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"overlapping","namespace":"metallb-system"},"spec":{"addresses":["203.0.113.0/28"]}},
          "oldObject":null,"dryRun":false}}
        """;
    var handler = new AdmissionHandler(new DirectorySnapshot(args[1]));
    using var body = new MemoryStream(Encoding.UTF8.GetBytes(review));
    var answer = await handler.HandleAsync(body);
    Console.WriteLine(AdmissionHandler.Serialize(answer));
    return answer.Response is { Allowed: false } ? 0 : 1;
}

Console.Error.WriteLine("usage: TrimmedConsumer validate PATH... | TrimmedConsumer admit DIRECTORY");
return 2;

internal sealed class DirectorySnapshot(string directory) : IClusterSnapshot
{
    private readonly IReadOnlyList<KubernetesObject> _objects = ConfigurationLoader.LoadPaths([directory]).Objects;

    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_objects);
}
