using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Each BGPPeer's position in the input, shared by the FRR pair rules of one run.</summary>
internal sealed class PeerPositions
{
    private readonly Dictionary<BgpPeer, int> _positions = new(ReferenceEqualityComparer.Instance);

    public PeerPositions(ConfigurationSet set)
    {
        for (var i = 0; i < set.Peers.Count; i++)
        {
            _positions.TryAdd(set.Peers[i], i);
        }
    }

    public int this[BgpPeer peer] => _positions[peer];
}
