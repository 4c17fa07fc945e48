// Validates a directory of MetalLB manifests from your own .NET code, the way a deployment pipeline might
// before it calls kubectl: fail on errors, print warnings, never apply a configuration MetalLB would reject.
using MetalLb.Validation;
using MetalLb.Validation.Diagnostics;

var path = args.Length > 0 ? args[0] : Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "configs"));

var validator = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr });
var report = validator.ValidatePaths(path);

foreach (var finding in report.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
{
    Console.WriteLine(finding);
}

Console.WriteLine(report.IsValid ? "OK to apply." : $"Not applying: {report.ErrorCount} error(s).");
return report.IsValid ? 0 : 1;
