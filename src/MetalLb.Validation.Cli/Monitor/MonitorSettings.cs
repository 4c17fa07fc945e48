using MetalLb.Validation.Kubernetes.Live;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>How the monitor watches, revalidates and how long it trusts a view it can no longer refresh.</summary>
internal sealed record MonitorSettings
{
    /// <summary>The options every validation runs with (mode, release, rules; MetalLB's namespace when given).</summary>
    public required ValidationOptions Options { get; init; }

    /// <summary>MetalLB's namespace when given (--metallb-namespace); else found from its controller Deployment.</summary>
    public string? MetalLbNamespace { get; init; }

    public LiveViewOptions View { get; init; } = new();

    /// <summary>A healthy view is validated again this often even when nothing changed, so "last success" stays fresh.</summary>
    public TimeSpan Resync { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A view not validated while current for this long is stale: not ready, and its findings are no longer served.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait before trying to start the view again after the API server could not be read.</summary>
    public TimeSpan StartBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The node agents to ask for the interfaces of nodes without a NodeNetworkState; null: none (the default).</summary>
    public Agents.NodeAgentSettings? NodeAgents { get; init; }
}
