using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Each BGPPeer's place in the input, for the FRR pair rules ("the earliest peer it conflicts with"). A prepared
/// snapshot keeps it: an incremental run places a changed peer where the peer it replaces was, or after every
/// snapshot peer when it is new, which keeps the order without numbering every peer again.
/// </summary>
internal sealed class PeerOrder
{
    private readonly ConfigurationSet _set;
    private readonly Dictionary<BgpPeer, int> _order = new(ReferenceEqualityComparer.Instance);

    private PeerOrder(ConfigurationSet set)
    {
        _set = set;
        for (var i = 0; i < set.Peers.Count; i++)
        {
            _order.TryAdd(set.Peers[i], i);
        }
    }

    /// <summary>The order of the peers of <paramref name="context"/>'s set.</summary>
    public static Func<BgpPeer, int> For(RuleContext context)
    {
        var kept = context.Shared(c => new PeerOrder(c.Set));
        return peer => kept._order[peer];
    }
}
