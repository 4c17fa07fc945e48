using MetalLb.Validation.Configuration;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>Options after the settings file and the command line are combined (the command line wins).</summary>
internal sealed record RunSettings(
    ValidationOptions Options,
    IReadOnlyList<string> Paths,
    IReadOnlyList<(string Node, string File)> IpAddrFiles,
    ToolConfiguration Configuration);
