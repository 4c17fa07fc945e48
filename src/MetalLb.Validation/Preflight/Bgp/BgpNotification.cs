namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>A NOTIFICATION message (RFC 4271 section 4.5): error code, subcode and data.</summary>
internal sealed record BgpNotification(byte Code, byte Subcode, ReadOnlyMemory<byte> Data)
{
    /// <summary>Cease / Administrative Shutdown (RFC 4486): how the preflight closes a session politely.</summary>
    public static BgpNotification AdministrativeShutdown { get; } = new(6, 2, ReadOnlyMemory<byte>.Empty);

    /// <summary>OPEN Message Error / Bad Peer AS.</summary>
    public static BgpNotification BadPeerAs { get; } = new(2, 2, ReadOnlyMemory<byte>.Empty);

    /// <summary>The code and subcode in words: <c>OPEN Message Error / Bad Peer AS</c>.</summary>
    public string Describe() => BgpNotificationText.Describe(Code, Subcode);

    /// <inheritdoc />
    public bool Equals(BgpNotification? other) =>
        other is not null && Code == other.Code && Subcode == other.Subcode && Data.Span.SequenceEqual(other.Data.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Subcode, Data.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Describe()} ({Code}/{Subcode})";
}
