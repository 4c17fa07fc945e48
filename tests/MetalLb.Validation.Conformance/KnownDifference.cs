namespace MetalLb.Validation.Conformance;

/// <summary>
/// One allowlisted difference. <paramref name="Rules"/> are the only rule ids allowed to cause it: if another
/// error fires, the case is still a disagreement, so the allowlist cannot hide a wrong or missing rule.
/// </summary>
internal sealed record KnownDifference(string Id, string Reason, IReadOnlySet<string> Rules)
{
    public bool Covers(IEnumerable<string> firedRuleIds) => firedRuleIds.All(Rules.Contains);
}
