using System.Reflection;

namespace MetalLb.Validation.Cli;

/// <summary>The tool's version as <c>--version</c> and SARIF show it.</summary>
internal static class ToolVersion
{
    /// <summary>The informational version without the source-control suffix (<c>0.1.0</c>, not <c>0.1.0+3f2a…</c>).</summary>
    public static string Informational { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
