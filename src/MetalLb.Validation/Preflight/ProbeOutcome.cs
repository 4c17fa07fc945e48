using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Preflight;

/// <summary>What one probe found: the descriptor of the outcome, the field it points at, and a sentence.</summary>
internal sealed record ProbeOutcome(RuleDescriptor Rule, string? Path, string Message)
{
    /// <summary>True when the session came up.</summary>
    public bool IsEstablished => Rule.Id == MetalLbRules.PreflightEstablished.Id;
}
