using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0907: a node holds the sourceAddress only where it cannot source a session: on kube-proxy's IPVS dummy
/// (kube-ipvs0, which holds Service IPs) or on an interface that is down.
/// </summary>
internal sealed class SourceAddressUnusableInterfaceRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0907", "sourceAddress is only on kube-ipvs0 or on a down interface", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        foreach (var node in topology.Nodes.Where(n => n.HasInterfaces))
        {
            foreach (var session in node.Sessions.Where(s => s.SourceAddress is not null).DistinctBy(s => s.Peer))
            {
                var source = session.SourceAddress!;
                var held = node.Holding(source).ToList();
                if (held.Count == 0 || node.FindUsable(source) is not null)
                {
                    continue;
                }

                var (nic, address) = held[0];
                var why = SessionSources.Unusable(nic, address)!.Value;
                var (text, severity) = why switch
                {
                    Unusability.IpvsDummy => (
                        $"{source} is on {node.Name}/{nic.Name}, kube-proxy's IPVS dummy interface: kube-proxy binds every Service IP (ClusterIP, externalIPs, load-balancer IPs) there on every node and unbinds those no Service uses any more, so the address belongs to a Service, not to {node.Name}. Every node holds it at once (the router has one neighbor for it and its replies reach one node), no node answers ARP for it when kube-proxy runs with strictARP, and it disappears with the Service. Use an address of {node.Name} itself (its LAN address, or a VIP on lo or eth0 outside every Service and pool)",
                        DiagnosticSeverity.Error),
                    Unusability.DownV6 => (
                        $"{source} is on {node.Name}/{nic.Name}, which is down: the kernel keeps an IPv6 address of a down interface only as tentative (or drops it), and binding a tentative address fails with EADDRNOTAVAIL ('cannot assign requested address'), so the session never comes up. Bring {nic.Name} up, or use an address on an interface that is up",
                        DiagnosticSeverity.Error),
                    _ => (
                        $"{source} is on {node.Name}/{nic.Name}, which is down: the kernel still treats an IPv4 address of a down interface as local (its host route stays, so the bind succeeds), but the interface's connected subnet is withdrawn and nothing is sent or answered on its link, so the session leaves through another interface and works only if the router routes {source} to {node.Name} as if it were a loopback address. Bring {nic.Name} up, or put the address on lo if a loopback source is what you mean",
                        DiagnosticSeverity.Warning),
                };
                if (LabelGuess.Of(topology.Cluster, session.Peer.NodeSelectors, node.Name) is { } guess)
                {
                    (text, severity) = ($"{text} ({guess})", DiagnosticSeverity.Warning);
                }

                context.Report(session.Peer, "spec.sourceAddress", $"sourceAddress {text}", node.Name, severity: severity);
            }
        }
    }
}
