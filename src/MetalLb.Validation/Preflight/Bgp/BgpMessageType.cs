namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>BGP message types (RFC 4271 section 4.1, RFC 2918).</summary>
internal enum BgpMessageType : byte
{
    /// <summary>OPEN.</summary>
    Open = 1,
    /// <summary>UPDATE (never sent by the preflight).</summary>
    Update = 2,
    /// <summary>NOTIFICATION.</summary>
    Notification = 3,
    /// <summary>KEEPALIVE.</summary>
    Keepalive = 4,
    /// <summary>ROUTE-REFRESH.</summary>
    RouteRefresh = 5,
}
