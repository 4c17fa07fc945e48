using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules; these are findings about the node a command runs as (<c>node-check</c>, <c>preflight</c>).</summary>
public static partial class MetalLbRules
{
    /// <summary>The input describes nodes, and the one named to run as is not among them.</summary>
    public static RuleDescriptor NodeNotFound { get; } = new(
        "MLB1007", "Node named to run as is not among the input's nodes", RuleCategory.Nodes, DiagnosticSeverity.Error);

    internal static IReadOnlyList<RuleDescriptor> NodeRunOutcomes { get; } = [NodeNotFound];
}
