using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>How <c>node-check --watch</c> runs: the node it speaks for, its validation options and its intervals.</summary>
internal sealed class AgentSettings
{
    public required string Node { get; init; }

    public required ValidationOptions Options { get; init; }

    /// <summary>Time between the start of one round and the next.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the node's BGP sessions are probed for real; null (the default) never.</summary>
    public TimeSpan? PreflightInterval { get; init; }

    /// <summary>The preflight's options (mode, step timeout, mounted Secrets) when <see cref="PreflightInterval"/> is set.</summary>
    public PreflightOptions? Preflight { get; init; }
}
