namespace MetalLb.Validation.Cli;

/// <summary>The only exit codes the tool uses; other tools depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above --fail-on (default error: warnings allowed).</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above --fail-on (unparseable input is an error).</summary>
    public const int Findings = 1;

    /// <summary>Usage error, unreadable path, a cluster that cannot be read (--cluster), or output that cannot be written (a full disk).</summary>
    public const int Usage = 2;
}
