namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>Why bytes are not a valid BGP message.</summary>
internal enum BgpDecodeErrorKind
{
    /// <summary>The 16-octet marker is not all ones (Message Header Error / Connection Not Synchronized).</summary>
    BadMarker,
    /// <summary>The length field is below 19, above 4096, or wrong for the type.</summary>
    BadLength,
    /// <summary>The type is not one BGP defines.</summary>
    BadType,
    /// <summary>The OPEN body is malformed (version, parameters, capabilities).</summary>
    BadOpen,
    /// <summary>The NOTIFICATION body is too short.</summary>
    BadNotification,
}
