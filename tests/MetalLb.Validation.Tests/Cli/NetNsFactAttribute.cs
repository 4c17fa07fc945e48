namespace MetalLb.Validation.Tests.Cli;

/// <summary>
/// A fact that needs root and iproute2 to create a network namespace. It is skipped, with the reason printed, only
/// when the process is not root or <c>ip</c> is missing; with <c>CI_REQUIRE_NETNS=1</c> it never skips (and fails instead).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NetNsFactAttribute : FactAttribute
{
    public NetNsFactAttribute()
    {
        if (NetNs.MissingPrerequisite() is { } reason && Environment.GetEnvironmentVariable("CI_REQUIRE_NETNS") != "1")
        {
            Skip = $"needs a network namespace: {reason} (run .ci/steps/topology-netns.sh as root)";
        }
    }
}
