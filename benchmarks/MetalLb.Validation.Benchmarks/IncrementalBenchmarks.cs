using BenchmarkDotNet.Attributes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// Admission-style validation: one changed object against a prepared 10,000-object snapshot, compared with
/// validating the whole updated configuration again (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IncrementalBenchmarks
{
    internal const double SnapshotScale = 10_000 / 14_000.0;
    private readonly MetalLbValidator _validator = new(LargeConfiguration.Options);
    private ConfigurationSet _snapshot = ConfigurationSet.Empty;
    private PreparedConfiguration? _prepared;
    private ConfigurationSet _changedPool = ConfigurationSet.Empty;
    private ConfigurationSet _changedPeer = ConfigurationSet.Empty;
    private ConfigurationSet _changedRackPeer = ConfigurationSet.Empty;
    private ConfigurationSet _changedBgpAdvertisement = ConfigurationSet.Empty;
    private ConfigurationSet _newAdvertisement = ConfigurationSet.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = ConfigurationLoader.LoadText(LargeConfiguration.Cluster(SnapshotScale));
        _prepared = _validator.Prepare(_snapshot);
        _changedPool = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: pool-5, namespace: metallb-system}
            spec:
              addresses: [10.0.5.0/24, 203.0.113.0/28, "fd99::/64"]
            """);
        // The VIP of vip-7 moves to another address on node-7.
        _changedPeer = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta2
            kind: BGPPeer
            metadata: {name: vip-7, namespace: metallb-system}
            spec:
              myASN: 64512
              peerASN: 64607
              peerAddress: 172.16.7.1
              sourceAddress: 172.16.7.3
              nodeSelectors: [{matchLabels: {kubernetes.io/hostname: node-7}}]
            """);
        // A top-of-rack peer of a 20-node rack gets a password.
        _changedRackPeer = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta2
            kind: BGPPeer
            metadata: {name: tor-3-a, namespace: metallb-system}
            spec:
              myASN: 64512
              peerASN: 65003
              peerAddress: 192.168.240.6
              password: s3cret
              bfdProfile: fast
              nodeSelectors: [{matchLabels: {rack: rack-3}}]
            """);
        // A BGPAdvertisement of a 250-node zone moves to other pools.
        _changedBgpAdvertisement = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: BGPAdvertisement
            metadata: {name: bgp-3, namespace: metallb-system}
            spec:
              ipAddressPools: [pool-30, pool-31]
              nodeSelectors: [{matchLabels: {zone: zone-3}}]
            """);
        _newAdvertisement = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: L2Advertisement
            metadata: {name: l2-new, namespace: metallb-system}
            spec:
              ipAddressPools: [pool-1]
              nodeSelectors: [{matchLabels: {zone: zone-3}}]
            """);
    }

    [Benchmark(Baseline = true)]
    public int RevalidateEverything() => _validator.Validate(_snapshot.Without(o => o.Kind == "BGPPeer" && o.Name == "vip-7").With(_changedPeer.Objects)).Diagnostics.Count;

    [Benchmark]
    public int ChangedPool() => _prepared!.Validate(_changedPool).Diagnostics.Count;

    [Benchmark]
    public int ChangedPeer() => _prepared!.Validate(_changedPeer).Diagnostics.Count;

    [Benchmark]
    public int ChangedRackPeer() => _prepared!.Validate(_changedRackPeer).Diagnostics.Count;

    [Benchmark]
    public int ChangedBgpAdvertisement() => _prepared!.Validate(_changedBgpAdvertisement).Diagnostics.Count;

    [Benchmark]
    public int NewL2Advertisement() => _prepared!.Validate(_newAdvertisement).Diagnostics.Count;
}
