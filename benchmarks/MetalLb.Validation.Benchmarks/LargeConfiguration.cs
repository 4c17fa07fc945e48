using System.Globalization;
using System.Text;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// Generates realistic large inputs. <see cref="Cluster"/> at scale 1.0 is the largest cluster we plan for:
/// 100,000 pool entries (1,000 pools of 100 non-overlapping CIDRs and ranges, half IPv6), 5,000 Nodes in racks of 20,
/// each with a NodeNetworkState, 2,000 BGPPeers, 500 BGP and 500 L2 advertisements.
/// </summary>
/// <remarks>
/// The peers follow the two layouts MetalLB users run: two top-of-rack routers per rack (a rack selector, no
/// sourceAddress), and peers pinned by hostname to the node holding their fixed source address (the VIP layout this
/// project exists for). One VIP in a hundred is missing from its node, so the source-address rules report something.
/// </remarks>
internal static class LargeConfiguration
{
    public const int Zones = 20;
    public const int NodesPerRack = 20;

    /// <summary>
    /// FRR mode: it honours sourceAddress (FRR-K8s drops it), so every per-node rule runs on the generated peers.
    /// </summary>
    public static ValidationOptions Options { get; } = new() { Mode = Diagnostics.BackendMode.Frr };

    /// <summary>The whole cluster at <paramref name="scale"/> (1.0 = the largest) as one multi-document YAML text.</summary>
    public static string Cluster(double scale)
    {
        var yaml = new StringBuilder(capacity: (int)(8_000_000 * scale));
        var poolCount = Scaled(1_000, scale);
        var nodes = Scaled(5_000, scale);
        var racks = Racks(nodes);
        var vipPeers = VipPeers(Scaled(2_000, scale), racks, nodes);
        yaml.Append(Pools(poolCount, entriesPerPool: 100));
        Peers(yaml, racks, vipPeers);
        Advertisements(yaml, Scaled(500, scale), poolCount, racks);
        Nodes(yaml, nodes, vipPeers);
        return yaml.ToString();
    }

    /// <summary>Object counts of <see cref="Cluster"/> at <paramref name="scale"/>: pools, peers, advertisements, nodes, states.</summary>
    public static int ObjectCount(double scale)
    {
        var nodes = Scaled(5_000, scale);
        return Scaled(1_000, scale) + (2 * Racks(nodes)) + VipPeers(Scaled(2_000, scale), Racks(nodes), nodes) + (2 * Scaled(500, scale)) + (2 * nodes);
    }

    public static string Pools(int pools, int entriesPerPool)
    {
        var yaml = new StringBuilder();
        var next = 0;
        for (var p = 0; p < pools; p++)
        {
            yaml.Append("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: pool-").Append(p)
                .Append("\n  namespace: metallb-system\n  labels:\n    zone: zone-").Append(p % Zones)
                .Append("\nspec:\n  autoAssign: ").Append(p % 7 == 0 ? "false" : "true").Append("\n  addresses:\n");
            for (var e = 0; e < entriesPerPool; e++, next++)
            {
                var a = 10 + (next >> 16);
                var b = (next >> 8) & 0xFF;
                var c = next & 0xFF;
                yaml.Append((e % 4) switch
                {
                    0 => $"    - {a}.{b}.{c}.0/25\n",
                    1 => $"    - {a}.{b}.{c}.128-{a}.{b}.{c}.250\n",
                    2 => $"    - fd00:{a:x}:{b:x}:{c:x}::/64\n",
                    _ => $"    - 2001:db8:{a:x}:{b:x}{c:x2}::10-2001:db8:{a:x}:{b:x}{c:x2}::ff\n",
                });
            }

            yaml.Append("---\n");
        }

        return yaml.ToString();
    }

    private static void Peers(StringBuilder yaml, int racks, int vipPeers)
    {
        for (var rack = 0; rack < racks; rack++)
        {
            foreach (var side in "ab")
            {
                var router = (2 * rack) + (side - 'a');
                yaml.Append(CultureInfo.InvariantCulture, $"""
                    apiVersion: metallb.io/v1beta2
                    kind: BGPPeer
                    metadata:
                      name: tor-{rack}-{side}
                      namespace: metallb-system
                    spec:
                      myASN: 64512
                      peerASN: {65000 + rack}
                      peerAddress: 192.168.{240 + (router >> 8)}.{router & 0xFF}
                      holdTime: 90s
                      keepaliveTime: 30s
                      bfdProfile: fast
                      nodeSelectors:
                      - matchLabels:
                          rack: rack-{rack}
                    ---

                    """);
            }
        }

        for (var p = 0; p < vipPeers; p++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: metallb.io/v1beta2
                kind: BGPPeer
                metadata:
                  name: vip-{p}
                  namespace: metallb-system
                spec:
                  myASN: 64512
                  peerASN: {64600 + (p % 100)}
                  peerAddress: {Vip(p, 1)}
                  sourceAddress: {Vip(p, 2)}
                  holdTime: 90s
                  keepaliveTime: 30s
                  nodeSelectors:
                  - matchLabels:
                      kubernetes.io/hostname: node-{p}
                ---

                """);
        }

        yaml.Append("""
            apiVersion: metallb.io/v1beta1
            kind: BFDProfile
            metadata:
              name: fast
              namespace: metallb-system
            spec:
              receiveInterval: 300
              transmitInterval: 300
              detectMultiplier: 3
            ---

            """);
    }

    private static void Advertisements(StringBuilder yaml, int each, int pools, int racks)
    {
        for (var i = 0; i < each; i++)
        {
            // Most BGP advertisements go to every session of a zone's nodes; one in ten only to one rack's routers.
            var rack = i % racks;
            var target = i % 10 == 0
                ? $"  peers: [tor-{rack}-a, tor-{rack}-b]\n  nodeSelectors:\n  - matchLabels:\n      rack: rack-{rack}\n"
                : $"  nodeSelectors:\n  - matchLabels:\n      zone: zone-{i % Zones}\n";
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: metallb.io/v1beta1
                kind: BGPAdvertisement
                metadata:
                  name: bgp-{i}
                  namespace: metallb-system
                spec:
                  ipAddressPools: [pool-{i % pools}, pool-{(i + 1) % pools}]
                  communities: ["65535:65282"]

                """).Append(target).Append(CultureInfo.InvariantCulture, $"""
                ---
                apiVersion: metallb.io/v1beta1
                kind: L2Advertisement
                metadata:
                  name: l2-{i}
                  namespace: metallb-system
                spec:
                  ipAddressPoolSelectors:
                  - matchLabels:
                      zone: zone-{i % Zones}
                  interfaces: [eth0]
                ---

                """);
        }
    }

    private static void Nodes(StringBuilder yaml, int nodes, int vipPeers)
    {
        for (var n = 0; n < nodes; n++)
        {
            var rack = n / NodesPerRack;
            // Node n holds the source address of VIP peer n, except one in a hundred whose VIP went missing.
            var vip = n < vipPeers && n % 100 != 99 ? $"\n        - ip: {Vip(n, 2)}\n          prefix-length: 24" : string.Empty;
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: v1
                kind: Node
                metadata:
                  name: node-{n}
                  labels:
                    zone: zone-{rack % Zones}
                    rack: rack-{rack}
                    kubernetes.io/hostname: node-{n}
                status:
                  addresses:
                  - type: InternalIP
                    address: 192.168.{(n + 1) >> 8}.{(n + 1) & 0xFF}
                  - type: Hostname
                    address: node-{n}
                ---
                apiVersion: nmstate.io/v1beta1
                kind: NodeNetworkState
                metadata:
                  name: node-{n}
                status:
                  currentState:
                    interfaces:
                    - name: eth0
                      type: ethernet
                      state: up
                      ipv4:
                        address:
                        - ip: 192.168.{(n + 1) >> 8}.{(n + 1) & 0xFF}
                          prefix-length: 16{vip}
                      ipv6:
                        address:
                        - ip: fd10::{n:x}
                          prefix-length: 64
                    - name: lo
                      type: loopback
                      state: up
                ---

                """);
        }
    }

    private static int Racks(int nodes) => (nodes + NodesPerRack - 1) / NodesPerRack;

    /// <summary>Peers beyond the two per rack pin a VIP each to one node, so there are at most as many as nodes.</summary>
    private static int VipPeers(int peers, int racks, int nodes) => Math.Clamp(peers - (2 * racks), 0, nodes);

    private static string Vip(int peer, int host) => $"172.{16 + (peer >> 8)}.{peer & 0xFF}.{host}";

    private static int Scaled(int count, double scale) => Math.Max(1, (int)Math.Round(count * scale));
}
