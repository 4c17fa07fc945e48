using System.Text;
using BenchmarkDotNet.Attributes;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// One AdmissionReview (CREATE of an IPAddressPool) against a 3,500- and a 10,000-object cluster, through the whole handler:
/// with a snapshot that hands out a new list on every request (the cluster validated twice per request, the
/// baseline) and with one that keeps its list while the cluster is unchanged (validated once per snapshot).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AdmissionBenchmarks
{
    /// <summary>The cluster's size: 3,500 objects (the load suite's) and 10,000 objects.</summary>
    [Params(0.25, 10_000 / 14_000.0)]
    public double Scale { get; set; }

    private byte[] _review = [];
    private AdmissionHandler? _newListEachTime;
    private AdmissionHandler? _sameList;

    [GlobalSetup]
    public void Setup()
    {
        var cluster = ConfigurationLoader.LoadText(LargeConfiguration.Cluster(Scale)).Objects;
        _newListEachTime = new AdmissionHandler(new CopyingSnapshot(cluster), LargeConfiguration.Options);
        _sameList = new AdmissionHandler(new ConfigurationSetSnapshot(new ConfigurationSet(cluster)), LargeConfiguration.Options);
        _review = CreateReview;
    }

    /// <summary>The review every request sends: a CREATE of a small IPAddressPool.</summary>
    internal static byte[] CreateReview => Encoding.UTF8.GetBytes("""
            {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {
              "uid": "4f3c7d0e-0000-0000-0000-000000000001", "operation": "CREATE", "namespace": "metallb-system",
              "name": "office", "kind": {"group": "metallb.io", "version": "v1beta1", "kind": "IPAddressPool"},
              "object": {"apiVersion": "metallb.io/v1beta1", "kind": "IPAddressPool",
                "metadata": {"name": "office", "namespace": "metallb-system"},
                "spec": {"addresses": ["198.51.100.0/28"]}}}}
            """);

    [Benchmark(Baseline = true)]
    public bool NewSnapshotListEachRequest() => Handle(_newListEachTime!);

    [Benchmark]
    public bool SameSnapshotList() => Handle(_sameList!);

    private bool Handle(AdmissionHandler handler) =>
        handler.HandleAsync(_review).GetAwaiter().GetResult().Response!.Allowed;

    private sealed class CopyingSnapshot(IReadOnlyList<KubernetesObject> objects) : IClusterSnapshot
    {
        public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<KubernetesObject>>([.. objects]);
    }
}
