using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0905: a single-hop eBGP session (no ebgpMultiHop, peerASN differs from myASN) sourced from an address outside
/// every subnet the node shares with the router, a loopback /32 say. Routers check that a single-hop eBGP neighbor
/// is directly connected and reject it by default.
/// </summary>
public sealed class SourceAddressOffLinkRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0905", "Single-hop eBGP session sourced from an address not on the router's subnet", RuleCategory.SourceAddress, Severity.Warning,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(BgpPeer)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var node in NodeTopology.For(context).Nodes.Where(n => n.HasInterfaces))
        {
            foreach (var session in node.Sessions)
            {
                if (session is not { SourceAddress: { } source, RouterAddress: { } router, EbgpMultiHop: false, IsExternal: true, Interface: null }
                    || source.AddressFamily != router.AddressFamily
                    || node.Find(source) is not { } owned)
                {
                    continue;
                }

                if (owned.Address.PrefixLength < IpMath.Width(source.AddressFamily) && owned.Address.Subnet.Contains(router))
                {
                    continue;
                }

                var links = node.OnLinkWith(router).ToList();
                var shared = links.Count == 0
                    ? $"{node.Name} shares no subnet with router {router} at all"
                    : $"{node.Name} reaches router {router} on {string.Join(", ", links.Select(l => $"{l.Interface.Name} ({l.Address})"))}";
                var fix = links.Count == 0
                    ? "set ebgpMultiHop: true (and multihop on the router)"
                    : $"set ebgpMultiHop: true (and multihop or disable-connected-check on the router), or source the session from {links[0].Address.Address}";
                context.Report(
                    session.Peer,
                    "spec.sourceAddress",
                    $"single-hop eBGP session to {router} (peerASN {session.PeerAsn}, myASN {session.MyAsn}) is sourced from {source} on {node.Name}/{owned.Interface.Name} ({owned.Address}), outside the router's subnet; {shared}. Routers reject a single-hop eBGP neighbor that is not directly connected by default: {fix}",
                    node.Name);
            }
        }
    }
}
