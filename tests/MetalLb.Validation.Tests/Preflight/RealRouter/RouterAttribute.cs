using System.Reflection;
using Xunit.Sdk;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>
/// Runs a real-router test against one daemon (<c>bird</c> or <c>gobgp</c>). The row is skipped, with the reason,
/// only when the process is not root or the daemon (or iproute2) is not installed; with
/// <c>CI_REQUIRE_PREFLIGHT=1</c> it never skips, so CI fails instead of passing vacuously.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RouterAttribute : DataAttribute
{
    public RouterAttribute(string daemon)
    {
        Daemon = daemon;
        if (!Required && RouterNamespace.MissingPrerequisite(daemon) is { } why)
        {
            Skip = $"{why}; run .ci/steps/preflight.sh as root (it installs the daemons and iproute2)";
        }
    }

    public static bool Required => Environment.GetEnvironmentVariable("CI_REQUIRE_PREFLIGHT") == "1";

    public string Daemon { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Daemon]];
}
