using System.Collections.Concurrent;
using System.Text.Json;
using MetalLb.Validation.Cli.Monitor.Agents;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Cli.Reporting;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// One validation of the whole live view: the report, the per-node explanation (the cluster model the rules use) and
/// the JSON answers rendered from it, made once per validation and shared by every request.
/// </summary>
internal sealed class ValidationState(long generation, DateTimeOffset validatedAt, TimeSpan duration, ClusterSnapshot snapshot, TopologyExplanation explanation)
{
    private readonly ConcurrentDictionary<string, byte[]> _nodes = new(StringComparer.Ordinal);
    private byte[]? _allNodes;
    private byte[]? _findings;

    public long Generation { get; } = generation;

    public DateTimeOffset ValidatedAt { get; } = validatedAt;

    public TimeSpan Duration { get; } = duration;

    /// <summary>How the duration divides: reading the objects, running the rules, building the per-node model.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Took)> Phases { get; init; } = [];

    public ClusterSnapshot Snapshot { get; } = snapshot;

    /// <summary>Where each node's interfaces came from (NodeNetworkState, agent, none); empty when no node agents are watched.</summary>
    public IReadOnlyDictionary<string, InterfaceSource> InterfaceSources { get; init; } = new Dictionary<string, InterfaceSource>(StringComparer.Ordinal);

    public TopologyExplanation Explanation { get; } = explanation;

    public ValidationReport Report => Explanation.Report;

    /// <summary><c>/api/v1/nodes</c>: what <c>explain --format json</c> prints for the view, with the validation's generation and time.</summary>
    public byte[] NodesJson => _allNodes ??= Stamp(Render(w => new ExplainJsonFormatter().Write(Explanation, w)));

    /// <summary><c>/api/v1/findings</c>: what <c>validate --format json</c> prints for the view, with the validation's generation and time.</summary>
    public byte[] FindingsJson => _findings ??= Stamp(Render(w => new JsonReportFormatter().Write(Report, w)));

    /// <summary><c>/api/v1/nodes/{name}</c>: the node as <c>explain --format json</c> shows it, or null when the view has no such node.</summary>
    public byte[]? NodeJson(string name)
    {
        if (_nodes.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (Explanation.Topology.Node(name) is not { } node)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportFormatter.WriterOptions))
        {
            json.WriteStartObject();
            WriteStamp(json);
            json.WritePropertyName("node");
            using var one = new MemoryStream();
            using (var nodeJson = new Utf8JsonWriter(one, JsonReportFormatter.WriterOptions))
            {
                ExplainJsonFormatter.WriteNode(nodeJson, node, Explanation);
            }

            using var parsed = JsonDocument.Parse(one.ToArray());
            WriteNode(json, parsed.RootElement);
            json.WriteEndObject();
        }

        return _nodes.GetOrAdd(name, buffer.ToArray());
    }

    private static string Render(Action<TextWriter> write)
    {
        using var text = new StringWriter();
        write(text);
        return text.ToString();
    }

    /// <summary>The document with <c>generation</c>, <c>validatedAt</c> and <c>source</c> added in front.</summary>
    private byte[] Stamp(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportFormatter.WriterOptions))
        {
            json.WriteStartObject();
            WriteStamp(json);
            foreach (var property in parsed.RootElement.EnumerateObject())
            {
                if (property.Name == "nodes" && property.Value.ValueKind == JsonValueKind.Array && InterfaceSources.Count > 0)
                {
                    json.WriteStartArray("nodes");
                    foreach (var node in property.Value.EnumerateArray())
                    {
                        WriteNode(json, node);
                    }

                    json.WriteEndArray();
                    continue;
                }

                property.WriteTo(json);
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A node as explain writes it, with <c>interfaceSource</c> after <c>interfaceOrigin</c> when node agents are watched.</summary>
    private void WriteNode(Utf8JsonWriter json, JsonElement node)
    {
        var name = node.TryGetProperty("name", out var n) ? n.GetString() : null;
        if (name is null || !InterfaceSources.TryGetValue(name, out var source))
        {
            node.WriteTo(json);
            return;
        }

        json.WriteStartObject();
        foreach (var property in node.EnumerateObject())
        {
            property.WriteTo(json);
            if (property.Name == "interfaceOrigin")
            {
                json.WritePropertyName("interfaceSource");
                source.WriteTo(json);
            }
        }

        json.WriteEndObject();
    }

    private void WriteStamp(Utf8JsonWriter json)
    {
        json.WriteNumber("generation", Generation);
        json.WriteString("validatedAt", ValidatedAt.UtcDateTime);
        json.WriteStartObject("source");
        json.WriteString("kind", "cluster");
        json.WriteString("server", Snapshot.Server);
        json.WriteString("metallbNamespace", Snapshot.MetalLbNamespace);
        json.WriteNumber("objects", Snapshot.Objects.Count);
        json.WriteEndObject();
    }

    public override string ToString() => $"generation {Generation} at {ValidatedAt:O}: {FindingCounts.Of(Report)}";
}
