using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Preflight;

/// <summary>Builds preflight diagnostics positioned on the object and field they concern.</summary>
internal static class PreflightFinding
{
    public static Diagnostic For(RuleDescriptor rule, KubernetesObject? resource, string? path, string message, string? node) =>
        new(rule.Id, rule.DefaultSeverity, message, resource?.Ref, path, resource?.Locate(path) ?? SourceSpan.None, node);
}
