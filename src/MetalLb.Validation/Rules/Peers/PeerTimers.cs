using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// The hold and keepalive times MetalLB derives from a peer. From 0.14.9 (<c>parseTimers</c> in
/// <c>internal/config/config.go</c>): only holdTime set gives keepalive = hold/3, only keepaliveTime set gives
/// hold = 3 × keepalive. Up to 0.14.8 (<c>peerFromCR</c>): an unset or zero holdTime is 90s, an unset or zero
/// keepaliveTime is hold/3. Null when neither is set or either does not parse.
/// </summary>
internal sealed record PeerTimers(TimeSpan Hold, TimeSpan Keepalive, bool HoldDerived)
{
    /// <summary>The first release that derives an unset holdTime from keepaliveTime instead of defaulting it to 90s.</summary>
    public static Version DerivedHoldFrom { get; } = new(0, 14, 9);

    /// <summary>The hold time MetalLB up to 0.14.8 uses when holdTime is unset or zero.</summary>
    public static TimeSpan DefaultHold { get; } = TimeSpan.FromSeconds(90);

    /// <summary>The hold time truncated to whole seconds, as MetalLB checks it.</summary>
    public TimeSpan RoundedHold => TimeSpan.FromSeconds(Math.Truncate(Hold.TotalSeconds));

    /// <summary>True when the hold time, in whole seconds, is neither 0 nor at least 3s: MetalLB rejects it.</summary>
    public bool HoldTooShort => RoundedHold != TimeSpan.Zero && RoundedHold < TimeSpan.FromSeconds(3);

    public static PeerTimers? Of(BgpPeer peer, Version release) => (peer.HoldTime, peer.KeepaliveTime) switch
    {
        (null, null) or ({ Value: null }, _) or (_, { Value: null }) => null,
        _ when release < DerivedHoldFrom => Defaulted(peer.HoldTime?.Value, peer.KeepaliveTime?.Value),
        ({ Value: { } hold }, { Value: { } keepalive }) => new(hold, keepalive, false),
        ({ Value: { } hold }, null) => new(hold, hold / 3, false),
        (null, { Value: { } keepalive }) => new(keepalive * 3, keepalive, true),
    };

    private static PeerTimers Defaulted(TimeSpan? holdTime, TimeSpan? keepaliveTime)
    {
        var hold = holdTime is { } h && h != TimeSpan.Zero ? h : DefaultHold;
        return new(hold, keepaliveTime is { } k && k != TimeSpan.Zero ? k : hold / 3, hold == DefaultHold && holdTime != DefaultHold);
    }
}
