using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: configurations of MetalLB 0.12 and before.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0016: a MetalLB &lt;= 0.12 configuration (address-pools/peers in a ConfigMap, Helm configInline or a bare file).</summary>
    public static RuleDescriptor LegacyConfiguration { get; } = new(
        "MLB0016", "MetalLB <= 0.12 configuration (ConfigMap or configInline)", RuleCategory.Input, DiagnosticSeverity.Warning,
        MetalLbMessage: "Starting from v0.13.0 configInline is no longer supported");
}
