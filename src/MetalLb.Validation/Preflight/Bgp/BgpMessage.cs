namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>
/// A decoded BGP message: its type and, for OPEN and NOTIFICATION, the parsed body. Other types (UPDATE,
/// ROUTE-REFRESH) keep only their type: the preflight reads past them.
/// </summary>
internal sealed record BgpMessage(BgpMessageType Type, BgpOpen? Open = null, BgpNotification? Notification = null)
{
    /// <summary>A KEEPALIVE.</summary>
    public static BgpMessage Keepalive { get; } = new(BgpMessageType.Keepalive);

    /// <summary>An OPEN message.</summary>
    public static BgpMessage Of(BgpOpen open) => new(BgpMessageType.Open, Open: open);

    /// <summary>A NOTIFICATION message.</summary>
    public static BgpMessage Of(BgpNotification notification) => new(BgpMessageType.Notification, Notification: notification);
}
