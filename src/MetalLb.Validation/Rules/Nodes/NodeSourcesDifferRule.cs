using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.SourceAddress;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>MLB1002: one node reaches the same router from different source addresses (through different BGPPeers).</summary>
internal sealed class NodeSourcesDifferRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1002", "Node uses different source addresses for the same router", RuleCategory.Nodes, DiagnosticSeverity.Warning,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var node in NodeTopology.For(context).Nodes)
        {
            if (!HasTwoSessionsToOneRouter(node.Sessions))
            {
                continue;
            }

            foreach (var router in node.Sessions.Where(s => s.RouterAddress is not null || s.Interface is not null).GroupBy(s => s.RouterKey, StringComparer.Ordinal))
            {
                var sessions = router.ToList();
                var sources = sessions.Select(s => s.SourceAddress?.ToString() ?? "(kernel's choice)").Distinct(StringComparer.Ordinal).ToList();
                if (sources.Count < 2)
                {
                    continue;
                }

                var list = string.Join(", ", sessions.Select(s => $"BGPPeer {s.Peer.Name} from {s.SourceAddress?.ToString() ?? "the kernel's choice"}"));
                var last = sessions[^1].Peer;
                context.Report(
                    last,
                    last.SourceAddress is null ? "spec" : "spec.sourceAddress",
                    $"node {node.Name} opens {sessions.Count} sessions to router {router.Key} from different sources ({list}); the router sees one neighbor per source and at most one of them can be configured there. Give each node one source per router: {(PerNodePeerAdvice.Allowed(context) ? "make the peers' nodeSelectors disjoint" : $"keep one BGPPeer for this router ({PerNodePeerAdvice.Refused(context)})")}",
                    node.Name);
            }
        }
    }

    /// <summary>A cheap first look: most nodes open a few sessions, each to another router.</summary>
    private static bool HasTwoSessionsToOneRouter(IReadOnlyList<BgpSession> sessions)
    {
        for (var i = 1; i < sessions.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (sessions[i], sessions[j]);
                if (Equals(a.RouterAddress ?? (object?)a.Interface, b.RouterAddress ?? (object?)b.Interface) && a.Vrf == b.Vrf)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
