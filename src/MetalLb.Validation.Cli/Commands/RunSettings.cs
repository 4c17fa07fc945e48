using MetalLb.Validation.Configuration;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>Options after the settings file and the command line are combined (the command line wins).</summary>
internal sealed record RunSettings(
    ValidationOptions Options,
    IReadOnlyList<string> Paths,
    IReadOnlyList<(string Node, string File)> IpAddrFiles,
    ToolConfiguration Configuration,
    PathFilter Ignore,
    string? ConfigurationPath = null,
    DiagnosticSeverity FailOn = DiagnosticSeverity.Error)
{
    /// <summary>Exit 1 when any finding is at or above <see cref="FailOn"/>, else 0.</summary>
    public int ExitCode(IEnumerable<Diagnostic> findings) =>
        findings.Any(d => d.Severity >= FailOn) ? ExitCodes.Findings : ExitCodes.Clean;

    /// <summary>Whether a file found in a directory is read: not ignored, and not a settings file.</summary>
    public bool Includes(string file) =>
        !Ignore.IsIgnored(file)
        && !string.Equals(Path.GetFileName(file), ToolConfiguration.DefaultFileName, StringComparison.Ordinal)
        && (ConfigurationPath is null || !string.Equals(Path.GetFullPath(file), Path.GetFullPath(ConfigurationPath), StringComparison.Ordinal));
}
