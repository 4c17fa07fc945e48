using System.Text.Json.Serialization;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>
/// One node's agent as the monitor knows it: where it was asked, whether its last poll answered, when it last did,
/// and the answer in use (kept <see cref="NodeAgentSettings.KeepFor"/> after the agent stops answering, then dropped).
/// </summary>
internal sealed record AgentNodeStatus(string Node, string? Endpoint, bool Up, DateTimeOffset? LastAnswerAt, string? LastError)
{
    /// <summary>The last good answer's text (<c>ip -j address show</c>), or null once dropped or before the first.</summary>
    [JsonIgnore]
    public string? Text { get; init; }

    /// <summary>True while an answer is kept for the node (whether or not nmstate makes it unused).</summary>
    public bool HasAnswer => Text is not null;
}

/// <summary>The agents in <c>/readyz</c>: where they are looked for, what the slices could not say, each node's agent.</summary>
internal sealed record NodeAgentsStatus(string Service, string? Namespace, int Endpoints, IReadOnlyList<string> Problems, IReadOnlyList<AgentNodeStatus> Nodes);
