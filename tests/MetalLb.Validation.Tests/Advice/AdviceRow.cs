using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Advice;

/// <summary>
/// One fix to check: <paramref name="Firing"/> fires <paramref name="RuleId"/> with a message containing
/// <paramref name="Advice"/>; <paramref name="Fixed"/> is that advice applied literally. With
/// <paramref name="Topology"/> the three topology-fixture nodes and their interfaces are loaded too.
/// </summary>
internal sealed record AdviceRow(string RuleId, string Case, BackendMode Mode, string Release, string Advice, string Firing, string Fixed, bool Topology = false)
{
    public string Key => $"{RuleId} {Case} ({Mode.ToConfigName()} {Release})";
}
