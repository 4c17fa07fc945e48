using System.Globalization;
using System.Text;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// Generates realistic large inputs. <see cref="Cluster"/> at scale 1.0 is the largest cluster we plan for:
/// 100,000 pool entries (1,000 pools of 100 non-overlapping CIDRs and ranges, a quarter IPv6), 2,000 BGPPeers with
/// node selectors and source addresses, 5,000 Nodes each with a NodeNetworkState, 1,000 BGP and L2 advertisements.
/// </summary>
internal static class LargeConfiguration
{
    public const int Zones = 20;

    /// <summary>The whole cluster at <paramref name="scale"/> (1.0 = the largest) as one multi-document YAML text.</summary>
    public static string Cluster(double scale)
    {
        var yaml = new StringBuilder(capacity: (int)(8_000_000 * scale));
        var poolCount = Scaled(1_000, scale);
        yaml.Append(Pools(poolCount, entriesPerPool: 100));
        Peers(yaml, Scaled(2_000, scale));
        Advertisements(yaml, Scaled(500, scale), poolCount);
        Nodes(yaml, Scaled(5_000, scale));
        return yaml.ToString();
    }

    /// <summary>Object counts of <see cref="Cluster"/> at <paramref name="scale"/>: pools, peers, advertisements, nodes, states.</summary>
    public static int ObjectCount(double scale) =>
        Scaled(1_000, scale) + Scaled(2_000, scale) + (2 * Scaled(500, scale)) + (2 * Scaled(5_000, scale));

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

    private static void Peers(StringBuilder yaml, int peers)
    {
        for (var p = 0; p < peers; p++)
        {
            var zone = p % Zones;
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: metallb.io/v1beta2
                kind: BGPPeer
                metadata:
                  name: peer-{p}
                  namespace: metallb-system
                spec:
                  myASN: 64512
                  peerASN: {65000 + (p % 500)}
                  peerAddress: 172.{16 + (p >> 8)}.{p & 0xFF}.1
                  sourceAddress: 172.{16 + (p >> 8)}.{p & 0xFF}.2
                  holdTime: 90s
                  keepaliveTime: 30s
                  nodeSelectors:
                  - matchLabels:
                      zone: zone-{zone}
                  - matchExpressions:
                    - key: rack
                      operator: In
                      values: [rack-{p % 50}, rack-{(p + 1) % 50}]
                ---

                """);
        }
    }

    private static void Advertisements(StringBuilder yaml, int each, int pools)
    {
        for (var i = 0; i < each; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: metallb.io/v1beta1
                kind: BGPAdvertisement
                metadata:
                  name: bgp-{i}
                  namespace: metallb-system
                spec:
                  ipAddressPools: [pool-{i % pools}, pool-{(i + 1) % pools}]
                  peers: [peer-{i}]
                  localPref: 100
                  communities: ["65535:65282"]
                  nodeSelectors:
                  - matchLabels:
                      zone: zone-{i % Zones}
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

    private static void Nodes(StringBuilder yaml, int nodes)
    {
        for (var n = 0; n < nodes; n++)
        {
            var peer = n % 2_000;
            yaml.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: v1
                kind: Node
                metadata:
                  name: node-{n}
                  labels:
                    zone: zone-{n % Zones}
                    rack: rack-{n % 50}
                    kubernetes.io/hostname: node-{n}
                status:
                  addresses:
                  - type: InternalIP
                    address: 192.168.{n >> 8}.{n & 0xFF}
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
                        - ip: 192.168.{n >> 8}.{n & 0xFF}
                          prefix-length: 16
                        - ip: 172.{16 + (peer >> 8)}.{peer & 0xFF}.2
                          prefix-length: 24
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

    private static int Scaled(int count, double scale) => Math.Max(1, (int)Math.Round(count * scale));
}
