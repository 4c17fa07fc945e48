using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>
/// Encodes and decodes BGP-4 messages (RFC 4271) with capabilities (RFC 5492) and extended optional parameters
/// (RFC 9072). Decoding never throws: anything from the wire is a message, a typed error, or "need more bytes".
/// </summary>
internal static class BgpCodec
{
    /// <summary>Octets in the header: marker, length, type.</summary>
    public const int HeaderLength = 19;

    /// <summary>The largest message without the extended-message capability (RFC 8654).</summary>
    public const int MaxMessageLength = 4096;

    private const int MarkerLength = 16;
    private const byte CapabilitiesParameter = 2;
    private const byte ExtendedParameters = 255;

    /// <summary>The wire form of <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The OPEN's identifier is not IPv4, or its capabilities do not fit.</exception>
    public static byte[] Encode(BgpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.Type switch
        {
            BgpMessageType.Open => EncodeOpen(message.Open ?? throw new ArgumentException("an OPEN message needs its body", nameof(message))),
            BgpMessageType.Notification => EncodeNotification(message.Notification ?? throw new ArgumentException("a NOTIFICATION needs its body", nameof(message))),
            BgpMessageType.Keepalive => [],
            _ => throw new ArgumentException($"the preflight never sends {message.Type} messages", nameof(message)),
        };
        var length = HeaderLength + body.Length;
        if (length > MaxMessageLength)
        {
            throw new ArgumentException("message longer than 4096 octets", nameof(message));
        }

        var bytes = new byte[length];
        bytes.AsSpan(0, MarkerLength).Fill(0xFF);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(MarkerLength), (ushort)length);
        bytes[18] = (byte)message.Type;
        body.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    /// <summary>
    /// Decodes the first message in <paramref name="buffer"/>. Returns <see cref="BgpDecodeResult.NeedsMore"/> when
    /// the buffer holds only part of it; otherwise the message and the octets it took, or a typed error.
    /// </summary>
    public static BgpDecodeResult Decode(ReadOnlySpan<byte> buffer)
    {
        var markerLength = Math.Min(buffer.Length, MarkerLength);
        if (buffer[..markerLength].ContainsAnyExcept((byte)0xFF))
        {
            return BgpDecodeResult.Fail(BgpDecodeErrorKind.BadMarker, "the 16-octet marker is not all ones: this is not BGP, or the stream is out of step");
        }

        if (buffer.Length < HeaderLength)
        {
            return BgpDecodeResult.More;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(buffer[MarkerLength..]);
        var type = buffer[18];
        if (length is < HeaderLength or > MaxMessageLength)
        {
            return BgpDecodeResult.Fail(BgpDecodeErrorKind.BadLength, Invariant($"length {length} is outside 19..4096"));
        }

        if (type is < 1 or > 5)
        {
            return BgpDecodeResult.Fail(BgpDecodeErrorKind.BadType, Invariant($"message type {type} is not one BGP defines"));
        }

        if (buffer.Length < length)
        {
            return BgpDecodeResult.More;
        }

        var body = buffer[HeaderLength..length];
        var kind = (BgpMessageType)type;
        var (message, error) = kind switch
        {
            BgpMessageType.Open => DecodeOpen(body),
            BgpMessageType.Notification => DecodeNotification(body),
            BgpMessageType.Keepalive => body.IsEmpty ? (BgpMessage.Keepalive, null) : (null, new BgpDecodeError(BgpDecodeErrorKind.BadLength, Invariant($"a KEEPALIVE is 19 octets, not {length}"))),
            BgpMessageType.Update => body.Length >= 4 ? (new BgpMessage(kind), null) : (null, new BgpDecodeError(BgpDecodeErrorKind.BadLength, Invariant($"an UPDATE is at least 23 octets, not {length}"))),
            _ => body.Length == 4 ? (new BgpMessage(kind), null) : (null, new BgpDecodeError(BgpDecodeErrorKind.BadLength, Invariant($"a ROUTE-REFRESH is 23 octets, not {length}"))),
        };
        return error is null ? new BgpDecodeResult(message, length, null) : new BgpDecodeResult(null, 0, error);
    }

    private static byte[] EncodeOpen(BgpOpen open)
    {
        if (open.Identifier.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("a BGP identifier is an IPv4 address", nameof(open));
        }

        var capabilities = new List<byte>();
        foreach (var capability in open.Capabilities)
        {
            if (capability.Value.Length > 255)
            {
                throw new ArgumentException("a capability value is at most 255 octets", nameof(open));
            }

            capabilities.Add(capability.Code);
            capabilities.Add((byte)capability.Value.Length);
            capabilities.AddRange(capability.Value.ToArray());
        }

        if (capabilities.Count > 253)
        {
            throw new ArgumentException("capabilities do not fit one optional parameter", nameof(open));
        }

        var parameters = capabilities.Count == 0 ? [] : new byte[] { CapabilitiesParameter, (byte)capabilities.Count }.Concat(capabilities).ToArray();
        var body = new byte[10 + parameters.Length];
        body[0] = open.Version;
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(1), open.MyAs);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(3), open.HoldTimeSeconds);
        open.Identifier.TryWriteBytes(body.AsSpan(5), out _);
        body[9] = (byte)parameters.Length;
        parameters.CopyTo(body, 10);
        return body;
    }

    private static byte[] EncodeNotification(BgpNotification notification)
    {
        var body = new byte[2 + notification.Data.Length];
        body[0] = notification.Code;
        body[1] = notification.Subcode;
        notification.Data.Span.CopyTo(body.AsSpan(2));
        return body;
    }

    private static (BgpMessage?, BgpDecodeError?) DecodeNotification(ReadOnlySpan<byte> body) =>
        body.Length < 2
            ? (null, new BgpDecodeError(BgpDecodeErrorKind.BadNotification, "a NOTIFICATION carries at least a code and a subcode"))
            : (BgpMessage.Of(new BgpNotification(body[0], body[1], body[2..].ToArray())), null);

    private static (BgpMessage?, BgpDecodeError?) DecodeOpen(ReadOnlySpan<byte> body)
    {
        if (body.Length < 10)
        {
            return (null, OpenError(Invariant($"an OPEN is at least 29 octets, not {body.Length + HeaderLength}")));
        }

        var parametersLength = (int)body[9];
        var parameters = body[10..];
        var extended = parametersLength == ExtendedParameters && parameters.Length >= 3 && parameters[0] == ExtendedParameters;
        if (extended)
        {
            parametersLength = BinaryPrimitives.ReadUInt16BigEndian(parameters[1..]);
            parameters = parameters[3..];
        }

        if (parameters.Length != parametersLength)
        {
            return (null, OpenError(Invariant($"optional parameters length {parametersLength} does not match the {parameters.Length} octets that follow")));
        }

        var capabilities = new List<BgpCapability>();
        var headerSize = extended ? 3 : 2;
        while (!parameters.IsEmpty)
        {
            if (parameters.Length < headerSize)
            {
                return (null, OpenError("an optional parameter is cut short"));
            }

            var type = parameters[0];
            var length = extended ? BinaryPrimitives.ReadUInt16BigEndian(parameters[1..]) : parameters[1];
            if (parameters.Length < headerSize + length)
            {
                return (null, OpenError(Invariant($"optional parameter {type} claims {length} octets but {parameters.Length - headerSize} remain")));
            }

            if (type == CapabilitiesParameter && ReadCapabilities(parameters.Slice(headerSize, length), capabilities) is { } error)
            {
                return (null, error);
            }

            parameters = parameters[(headerSize + length)..];
        }

        var open = new BgpOpen(
            body[0],
            BinaryPrimitives.ReadUInt16BigEndian(body[1..]),
            BinaryPrimitives.ReadUInt16BigEndian(body[3..]),
            new IPAddress(body.Slice(5, 4)),
            capabilities);
        return (BgpMessage.Of(open), null);
    }

    private static BgpDecodeError? ReadCapabilities(ReadOnlySpan<byte> value, List<BgpCapability> into)
    {
        while (!value.IsEmpty)
        {
            if (value.Length < 2 || value.Length < 2 + value[1])
            {
                return OpenError("a capability is cut short");
            }

            into.Add(new BgpCapability(value[0], value.Slice(2, value[1]).ToArray()));
            value = value[(2 + value[1])..];
        }

        return null;
    }

    private static BgpDecodeError OpenError(string detail) => new(BgpDecodeErrorKind.BadOpen, detail);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
