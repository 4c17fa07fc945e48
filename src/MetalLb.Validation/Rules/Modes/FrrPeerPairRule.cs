using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// A check MetalLB's FRR validator (<c>checkFRRPeersCompatible</c>) makes for pairs of BGPPeers. Up to 0.15.3 it
/// compares every pair; later releases only pairs that share a node. Each behaviour is its own rule with its own
/// release range. A peer is reported once, against the first earlier peer it conflicts with.
/// </summary>
public abstract class FrrPeerPairRule : Rule
{
    /// <summary>True for the 0.15.3-and-earlier behaviour: the descriptor's release range has no lower bound.</summary>
    private bool ClusterWide => Descriptor.AppliesTo.From is null;

    /// <summary>The field the finding points at.</summary>
    protected abstract string Field { get; }

    /// <summary>True when the two peers cannot be configured together on one FRR instance.</summary>
    protected abstract bool Conflicts(BgpPeer later, BgpPeer earlier);

    /// <summary>The message; <paramref name="why"/> says why the pair is compared at all.</summary>
    protected abstract string Message(BgpPeer later, BgpPeer earlier, string why);

    /// <summary>A descriptor for one behaviour.</summary>
    protected static RuleDescriptor Frr(string id, string title, bool clusterWide, string metalLbMessage) => new(
        id, title, RuleCategory.Modes, Severity.Error, BackendModes.AnyFrr,
        clusterWide ? new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough) : new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        metalLbMessage);

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peers = context.Set.Peers;
        for (var i = 1; i < peers.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (!Conflicts(peers[i], peers[j]))
                {
                    continue;
                }

                if (ClusterWide)
                {
                    context.Report(peers[i], $"spec.{Field}", Message(peers[i], peers[j], "MetalLB 0.15.3 and earlier compare every pair of BGPPeers, whatever their nodeSelectors") + " (on those releases disjoint nodeSelectors do not help; later releases compare only peers that share a node)");
                    break;
                }

                if (PeerSharing.Shares(context, peers[i], peers[j], out var why, out var node, out _))
                {
                    context.Report(peers[i], $"spec.{Field}", Message(peers[i], peers[j], why), node);
                    break;
                }
            }
        }
    }
}
