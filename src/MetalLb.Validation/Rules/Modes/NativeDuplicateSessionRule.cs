using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// MLB0830: in native mode, two BGPPeers for the same router (address, port, VRF) that select a common node. MetalLB
/// accepts it; the node then opens two sessions to one router, which collide and flap (MetalLB issue 705).
/// </summary>
internal sealed class NativeDuplicateSessionRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0830", "Two BGPPeers open duplicate sessions from one node in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byRouter = context.Set.Peers
            .Where(p => p.PeerAddress is { IsValid: true })
            .GroupBy(p => (PeerKeys.Address(p.PeerAddress), p.PeerPort ?? 179, PeerKeys.Vrf(p)));
        foreach (var group in byRouter)
        {
            var peers = group.ToList();
            for (var i = 1; i < peers.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (PeerSharing.Shares(context, peers[i], peers[j], out var why, out var node, out var assumed, out var guessed))
                    {
                        context.Report(
                            peers[i],
                            "spec.peerAddress",
                            $"{PeerKeys.Describe(peers[j])} already peers with {peers[i].PeerAddress!.Text} port {group.Key.Item2}, and {why}; that node opens two sessions to the same router, which collide and keep flapping. MetalLB does not check this in native mode. Merge the BGPPeers, or make their nodeSelectors disjoint",
                            node,
                            assumed || guessed ? DiagnosticSeverity.Warning : null);
                        break;
                    }
                }
            }
        }
    }
}
