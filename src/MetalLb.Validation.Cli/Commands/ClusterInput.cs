using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>A run's input read from a live cluster: the set, the options with MetalLB's namespace, and where it came from.</summary>
internal sealed record ClusterInput(ConfigurationSet Set, ValidationOptions Options, ClusterSnapshot Snapshot)
{
    /// <summary>Reads the cluster; notes (nmstate absent, Secrets forbidden) go to standard error.</summary>
    public static ClusterInput Read(ParseResult parsed, ClusterOptions cluster, RunSettings settings, ConsoleStreams io)
    {
        using var connection = ClusterConnection.Open(parsed.GetValue(cluster.Kubeconfig), parsed.GetValue(cluster.Context), TimeSpan.FromSeconds(parsed.GetValue(cluster.RequestTimeout)));
        var snapshot = new ClusterReader(connection).Read(settings.Options.MetalLbNamespace);
        foreach (var note in snapshot.Notes)
        {
            io.Error.WriteLine($"metallb-validate: note: {note}");
        }

        var loader = snapshot.AddTo(new ConfigurationLoader(settings.Options.Limits));
        foreach (var (node, file) in settings.IpAddrFiles)
        {
            loader.AddIpAddressJsonFile(node, file);
        }

        return new ClusterInput(loader.Build(), snapshot.ApplyTo(settings.Options), snapshot);
    }

    /// <summary>
    /// A JSON or SARIF report with where its objects came from: <c>source</c> at the top of the JSON report, the
    /// run's <c>properties.source</c> in SARIF. The server and context only, never credentials.
    /// </summary>
    public string Stamp(string report, bool sarif)
    {
        var root = JsonNode.Parse(report)!.AsObject();
        var target = sarif ? root["runs"]![0]!["properties"]!.AsObject() : root;
        var source = new JsonObject
        {
            ["kind"] = "cluster",
            ["server"] = Snapshot.Server,
            ["context"] = Snapshot.Context,
            ["inCluster"] = Snapshot.InCluster,
            ["metallbNamespace"] = Snapshot.MetalLbNamespace,
            ["objects"] = Snapshot.Objects.Count,
            ["notes"] = new JsonArray([.. Snapshot.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
        target["source"] = source;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = sarif, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
