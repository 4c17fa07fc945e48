using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// The hold and keepalive times MetalLB derives from a peer: only holdTime set gives keepalive = hold/3, only
/// keepaliveTime set gives hold = 3 × keepalive. Null when neither is set or either does not parse.
/// </summary>
internal sealed record PeerTimers(TimeSpan Hold, TimeSpan Keepalive, bool HoldDerived, bool KeepaliveDerived)
{
    public static PeerTimers? Of(BgpPeer peer) => (peer.HoldTime, peer.KeepaliveTime) switch
    {
        ({ Value: { } hold }, { Value: { } keepalive }) => new(hold, keepalive, false, false),
        ({ Value: { } hold }, null) => new(hold, hold / 3, false, true),
        (null, { Value: { } keepalive }) => new(keepalive * 3, keepalive, true, false),
        _ => null,
    };

    /// <summary>The hold time truncated to whole seconds, as MetalLB checks it.</summary>
    public TimeSpan RoundedHold => TimeSpan.FromSeconds(Math.Truncate(Hold.TotalSeconds));
}
