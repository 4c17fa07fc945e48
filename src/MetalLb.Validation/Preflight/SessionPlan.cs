using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Preflight;

/// <summary>The sessions a node would open, and findings about sessions that cannot be probed or about the input.</summary>
internal sealed record SessionPlan(IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<Diagnostic> Findings);
