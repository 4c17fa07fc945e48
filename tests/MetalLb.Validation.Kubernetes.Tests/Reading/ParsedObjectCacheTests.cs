using MetalLb.Validation.Kubernetes.Reading;
using MetalLb.Validation.Kubernetes.Tests.Monitor;
using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Kubernetes.Tests.Reading;

/// <summary>The monitor and the live snapshot read only the objects that changed, and what it joins is what one read of the whole view gives.</summary>
public sealed class ParsedObjectCacheTests
{
    private const string Odd = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: broken, namespace: metallb-system}
        spec: "not an object"
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: odd, namespace: metallb-system}
        spec: {addresses: [42, "not-a-range", "203.0.113.0/26"]}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: tor-password, namespace: metallb-system}
        type: kubernetes.io/basic-auth
        data: {password: c2VjcmV0}
        """;

    [Fact]
    public async Task Build_GivesWhatTheWholeReadGives_ReadingOnlyWhatChanged()
    {
        await using var standIn = await StandIn.StartAsync(MonitorBed.Cluster + "\n---\n" + Odd);
        using var connection = standIn.Connect();
        await using var view = new LiveView(connection, "metallb-system", "test", new LiveViewOptions { Debounce = TimeSpan.FromMilliseconds(20) });
        view.Start();
        await MonitorBed.Until(() => view.Synced, "synced");
        var cache = new ParsedObjectCache(LoadLimits.Default);

        var first = view.Snapshot();
        Same(first, cache.Build(first));
        Assert.Equal(first.Objects.Count, cache.LastRead);

        standIn.Apply(MonitorBed.NodeState("worker-2", "10.0.0.22", vip: null));
        await MonitorBed.Until(() => view.Snapshot().Objects.Any(o => o.Text.Contains("10.0.0.22", StringComparison.Ordinal)), "the change seen");
        var second = view.Snapshot();
        var joined = cache.Build(second);
        Assert.Equal(1, cache.LastRead);
        Same(second, joined);
        Assert.Contains(Validate(second, joined), d => d.StartsWith("MLB0901", StringComparison.Ordinal));

        standIn.Server.Store.Delete(standIn.Server.Resource("ipaddresspools.metallb.io"), "metallb-system", "odd");
        await MonitorBed.Until(() => view.Snapshot().Objects.Count == second.Objects.Count - 1, "the deletion seen");
        var third = view.Snapshot();
        Same(third, cache.Build(third));
        Assert.Equal(0, cache.LastRead);
    }

    private static void Same(ClusterSnapshot snapshot, Model.ConfigurationSet joined)
    {
        var whole = snapshot.AddTo(new ConfigurationLoader()).Build();
        Assert.Equal(whole.Objects.Select(o => o.Ref.ToString()), joined.Objects.Select(o => o.Ref.ToString()));
        Assert.Equal(whole.LoadDiagnostics.Select(d => d.ToString()), joined.LoadDiagnostics.Select(d => d.ToString()));
        Assert.Equal(Validate(snapshot, whole), Validate(snapshot, joined));
    }

    private static List<string> Validate(ClusterSnapshot snapshot, Model.ConfigurationSet set) =>
        new MetalLbValidator(snapshot.ApplyTo(MonitorBed.Frr)).Validate(set).Diagnostics.Select(d => $"{d.RuleId} {d}").ToList();
}
