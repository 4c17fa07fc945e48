namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>
/// Where the node agents are (<c>--node-agents [NAMESPACE/]SERVICE</c>: the EndpointSlices of that Service) and how
/// the monitor asks them: every <see cref="Interval"/>, each request within <see cref="RequestTimeout"/>, at most
/// <see cref="MaxParallel"/> at once, answers up to <see cref="MaxBodyBytes"/>.
/// </summary>
internal sealed record NodeAgentSettings
{
    /// <summary>The headless Service in front of the agents' DaemonSet.</summary>
    public required string Service { get; init; }

    /// <summary>Its namespace; null for MetalLB's (the monitor's own namespace is given as POD_NAMESPACE when it is known).</summary>
    public string? Namespace { get; init; }

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>An agent's last answer is used this many intervals after it stopped answering, then dropped.</summary>
    public int KeepIntervals { get; init; } = 3;

    public int MaxParallel { get; init; } = 8;

    /// <summary><c>ip -j address show</c> of a node with thousands of pod interfaces is a few MiB at most.</summary>
    public int MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>How long a last answer outlives the agent's silence.</summary>
    public TimeSpan KeepFor => Interval * KeepIntervals;

    /// <summary>The label Kubernetes puts on a Service's EndpointSlices.</summary>
    public string LabelSelector => $"kubernetes.io/service-name={Service}";

    /// <summary>Reads <c>[NAMESPACE/]SERVICE</c>; a namespace left out is <paramref name="defaultNamespace"/> (POD_NAMESPACE), else MetalLB's.</summary>
    public static NodeAgentSettings Parse(string value, string? defaultNamespace, TimeSpan interval)
    {
        var parts = value.Split('/');
        var (ns, service) = parts switch
        {
            [var s] => (string.IsNullOrEmpty(defaultNamespace) ? null : defaultNamespace, s),
            [var n, var s] => (n, s),
            _ => throw new UsageException($"--node-agents takes [NAMESPACE/]SERVICE, not '{value}'"),
        };
        if (!IsDnsLabel(service) || (ns is not null && !IsDnsLabel(ns)))
        {
            throw new UsageException($"--node-agents: '{value}' is not [NAMESPACE/]SERVICE (lower-case letters, digits and '-', at most 63 characters each)");
        }

        return new NodeAgentSettings
        {
            Service = service,
            Namespace = ns,
            Interval = interval,
            RequestTimeout = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(5).Ticks, interval.Ticks)),
        };
    }

    private static bool IsDnsLabel(string s) =>
        s.Length is > 0 and <= 63 && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && s[0] != '-' && s[^1] != '-';
}
