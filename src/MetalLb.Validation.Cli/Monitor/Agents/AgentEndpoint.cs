using System.Net;
using System.Text.Json;
using MetalLb.Validation.Kubernetes;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>One node's agent as its Service's EndpointSlices name it: the node, the address (the node's, with hostNetwork) and the port.</summary>
internal sealed record AgentEndpoint(string Node, IPAddress Address, int Port)
{
    public Uri InterfacesUri => new($"http://{new IPEndPoint(Address, Port)}/api/v1/interfaces");

    public override string ToString() => new IPEndPoint(Address, Port).ToString();

    /// <summary>
    /// The ready endpoints of the slices, one per node (the first slice by name wins when a node is in several, as
    /// with an IPv4 and an IPv6 slice), and what could not be used and why. Never throws on a slice of the wrong shape.
    /// </summary>
    public static (IReadOnlyList<AgentEndpoint> Endpoints, IReadOnlyList<string> Problems) FromSlices(IEnumerable<ClusterObject> slices)
    {
        var endpoints = new Dictionary<string, AgentEndpoint>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var slice in slices.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(slice.Text);
                Read(slice, document.RootElement, endpoints, problems);
            }
            catch (JsonException ex)
            {
                problems.Add($"EndpointSlice {slice.Namespace}/{slice.Name} is not JSON: {ex.Message}");
            }
        }

        return ([.. endpoints.Values.OrderBy(e => e.Node, StringComparer.Ordinal)], problems);
    }

    private static void Read(ClusterObject slice, JsonElement root, Dictionary<string, AgentEndpoint> into, List<string> problems)
    {
        var name = $"EndpointSlice {slice.Namespace}/{slice.Name}";
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{name} is not an object");
            return;
        }

        if (Text(root, "addressType") is { } type && type is not ("IPv4" or "IPv6"))
        {
            problems.Add($"{name} has addressType {type}: the agents are reached at IP addresses");
            return;
        }

        if (SlicePort(root) is not { } port)
        {
            problems.Add($"{name} has no port (the Service's port named 'http', or its only port)");
            return;
        }

        if (!root.TryGetProperty("endpoints", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var e in list.EnumerateArray())
        {
            var where = $"{name} endpoints[{i++}]";
            if (e.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                continue;
            }

            // A ready condition left out means unknown, which consumers treat as ready (discovery.k8s.io/v1).
            if (e.TryGetProperty("conditions", out var conditions) && conditions.ValueKind == JsonValueKind.Object
                && conditions.TryGetProperty("ready", out var ready) && ready.ValueKind == JsonValueKind.False)
            {
                continue;
            }

            var node = Text(e, "nodeName");
            var address = e.TryGetProperty("addresses", out var addresses) && addresses.ValueKind == JsonValueKind.Array && addresses.GetArrayLength() > 0
                && addresses[0].ValueKind == JsonValueKind.String && IPAddress.TryParse(addresses[0].GetString(), out var parsed) ? parsed : null;
            if (node is null || address is null)
            {
                problems.Add($"{where} has {(node is null ? "no nodeName" : "no IP address")}: that agent is not asked");
                continue;
            }

            into.TryAdd(node, new AgentEndpoint(node, address, port));
        }
    }

    private static int? SlicePort(JsonElement root)
    {
        if (!root.TryGetProperty("ports", out var ports) || ports.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var all = ports.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("port", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var v) && v is > 0 and < 65536).ToList();
        var chosen = all.FirstOrDefault(p => Text(p, "name") == "http") is { ValueKind: JsonValueKind.Object } named ? named : all.Count == 1 ? all[0] : default;
        return chosen.ValueKind == JsonValueKind.Object ? chosen.GetProperty("port").GetInt32() : null;
    }

    private static string? Text(JsonElement o, string property) =>
        o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
