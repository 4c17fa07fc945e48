namespace MetalLb.Validation.Cli;

/// <summary>The only exit codes the tool uses; other tools depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>No error-level findings (warnings allowed).</summary>
    public const int Clean = 0;

    /// <summary>At least one error, unparseable input included.</summary>
    public const int Findings = 1;

    /// <summary>Usage error, unreadable path, or output that cannot be written (a full disk).</summary>
    public const int Usage = 2;
}
