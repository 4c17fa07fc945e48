using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Topology;

/// <summary>
/// The topology fixtures: three nodes (nodes.yaml), worker-1 and worker-2 as real 'ip -j address show' output
/// captured from network namespaces (worker-1: lo 10.255.0.1/32, eth0 10.0.0.11/24, eth1 192.168.50.2/24;
/// worker-2: eth0 10.0.0.12/24, eth1 192.168.50.3/24), worker-3 as a NodeNetworkState (lo 10.255.0.3/32, eth0 10.0.1.13/24).
/// </summary>
internal static class TopologyFixture
{
    /// <summary>The cluster model a validation run in <paramref name="mode"/> builds of <paramref name="set"/>.</summary>
    public static ClusterModel Model(ConfigurationSet set, BackendMode mode) => new(set, new ValidationOptions { Mode = mode });

    public static string Dir { get; } = Path.Combine(RepositoryRoot.Path, "tests", "MetalLb.Validation.Tests", "Fixtures", "Topology");

    public static string File(string name) => Path.Combine(Dir, name);

    /// <summary>The three nodes with their interfaces, plus <paramref name="yaml"/>.</summary>
    public static ConfigurationSet Load(string yaml, bool withInterfaces = true)
    {
        var loader = new ConfigurationLoader().AddFile(File("nodes.yaml"));
        if (withInterfaces)
        {
            loader.AddIpAddressJsonFile("worker-1", File("worker-1.ip-addr.json"))
                .AddIpAddressJsonFile("worker-2", File("worker-2.ip-addr.json"))
                .AddFile(File("worker-3.nns.yaml"));
        }

        return loader.AddText(yaml, "test.yaml").Build();
    }

    public static ValidationReport Validate(string yaml, BackendMode mode = BackendMode.Native, bool withInterfaces = true) =>
        new MetalLbValidator(new ValidationOptions { Mode = mode }).Validate(Load(yaml, withInterfaces));

    public static IReadOnlyList<Diagnostic> Findings(string yaml, string ruleId, BackendMode mode = BackendMode.Native, bool withInterfaces = true) =>
        Validate(yaml, mode, withInterfaces).For(ruleId).ToList();

    public static Diagnostic Single(string yaml, string ruleId, BackendMode mode = BackendMode.Native)
    {
        var report = Validate(yaml, mode);
        var matches = report.For(ruleId).ToList();
        Assert.True(matches.Count == 1, $"expected one {ruleId}, got {matches.Count}:\n{string.Join("\n", report.Diagnostics)}");
        return matches[0];
    }

    public static void None(string yaml, string ruleId, BackendMode mode = BackendMode.Native, bool withInterfaces = true)
    {
        var report = Validate(yaml, mode, withInterfaces);
        Assert.True(!report.For(ruleId).Any(), $"expected no {ruleId}, got:\n{string.Join("\n", report.Diagnostics)}");
    }

    /// <summary>A v1beta2 BGPPeer; <paramref name="spec"/> lines are indented under spec.</summary>
    public static string Peer(string name, string spec) => Check.Peer(name, spec);

    public static string OnNode(string node) => $"nodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: {node}";

    public static string OnRack(string rack) => $"nodeSelectors:\n- matchLabels:\n    rack: {rack}";
}
