using System.Text.Json;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>
/// Where a node's interfaces came from in one validation: its NodeNetworkState (nmstate wins where present), its
/// node agent's answer, or nowhere; and how its agent is doing when there is one.
/// </summary>
internal sealed record InterfaceSource(string Kind, string? Source, AgentNodeStatus? Agent)
{
    public const string NodeNetworkState = "NodeNetworkState";
    public const string FromAgent = "agent";
    public const string None = "none";

    public static InterfaceSource Of(string node, bool hasNodeNetworkState, AgentNodeStatus? agent) =>
        hasNodeNetworkState ? new(NodeNetworkState, Kubernetes.Reading.ObjectText.SourceName(Model.Kubernetes.NodeNetworkState.KindName, null, node), agent)
        : agent?.Text is not null ? new(FromAgent, AgentInterfaceCache.SourceName(node), agent)
        : new(None, null, agent);

    /// <summary>As <c>interfaceSource</c> in <c>/api/v1/nodes</c>.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", Kind);
        json.WriteString("source", Source);
        if (Agent is { } a)
        {
            json.WriteStartObject("agent");
            json.WriteString("endpoint", a.Endpoint);
            json.WriteBoolean("up", a.Up);
            if (a.LastAnswerAt is { } at)
            {
                json.WriteString("lastAnswerAt", at.UtcDateTime);
            }
            else
            {
                json.WriteNull("lastAnswerAt");
            }

            json.WriteBoolean("answerKept", a.HasAnswer);
            json.WriteBoolean("used", Kind == FromAgent);
            json.WriteString("lastError", a.LastError);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
