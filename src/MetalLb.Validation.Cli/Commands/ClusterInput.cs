using System.CommandLine;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting.Json;

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

    /// <summary>Where the objects came from, for the JSON and SARIF reports: the server and context, never credentials.</summary>
    public JsonSource Source => new("cluster", Snapshot.Server, Snapshot.Context, Snapshot.InCluster, Snapshot.MetalLbNamespace, Snapshot.Objects.Count, Snapshot.Notes);
}
