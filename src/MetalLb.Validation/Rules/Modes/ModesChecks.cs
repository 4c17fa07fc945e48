namespace MetalLb.Validation.Rules.Modes;

/// <summary>The Modes checks: what one backend mode rejects or ignores.</summary>
internal static class ModesChecks
{
    public static Rule[] All { get; } = [PeerFieldsByMode.Rule, FrrPeerPairs.Rule, .. NativeChecks.All];
}
