namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>
/// A test against a real BGP daemon in a network namespace. Skipped, with the reason, only when the process is not
/// root or BIRD (or <c>ip</c>) is not installed; with <c>CI_REQUIRE_PREFLIGHT=1</c> it never skips, so CI fails
/// instead of passing vacuously.
/// </summary>
public sealed class PreflightFactAttribute : FactAttribute
{
    public PreflightFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI_REQUIRE_PREFLIGHT") != "1" && MissingPrerequisite() is { } why)
        {
            Skip = $"{why}; run .ci/steps/preflight.sh as root (it installs bird2 and iproute2)";
        }
    }

    public static string? MissingPrerequisite()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux (network namespaces and TCP-MD5 are Linux features)";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "not root (creating network namespaces and veth links needs root)";
        }

        if (Host.Find("bird") is null || Host.Find("birdc") is null)
        {
            return "BIRD is not installed (apt-get install bird2)";
        }

        return Host.Find("ip") is null ? "iproute2 is not installed (apt-get install iproute2)" : null;
    }
}
