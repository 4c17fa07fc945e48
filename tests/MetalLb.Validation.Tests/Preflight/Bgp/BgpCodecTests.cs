using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Tests.Preflight.Bgp;

public class BgpCodecTests
{
    private static readonly IPAddress Id = IPAddress.Parse("192.0.2.1");

    [Fact]
    public void Keepalive_IsNineteenOctetsOfHeader()
    {
        var bytes = BgpCodec.Encode(BgpMessage.Keepalive);

        Assert.Equal(19, bytes.Length);
        Assert.All(bytes[..16], b => Assert.Equal(0xFF, b));
        Assert.Equal(new byte[] { 0, 19, 4 }, bytes[16..]);
    }

    [Fact]
    public void Open_TwoOctetAsn_IsInMyAsAndInTheCapability()
    {
        var open = BgpOpen.For(64512, 90, Id, [BgpCapability.Multiprotocol(1, 1)]);
        var bytes = BgpCodec.Encode(BgpMessage.Of(open));

        // header, version 4, My AS 64512, hold 90, id, 14 octets of parameters:
        // one Capabilities parameter (2, 12) holding 4-octet ASN (65, 4, 64512) and MP (1, 4, ipv4/unicast).
        Assert.Equal(
            new byte[] { 0, 43, 1, 4, 0xFC, 0x00, 0, 90, 192, 0, 2, 1, 14, 2, 12, 65, 4, 0, 0, 0xFC, 0x00, 1, 4, 0, 1, 0, 1 },
            bytes[16..]);
    }

    [Fact]
    public void Open_FourOctetAsn_SendsAsTransInMyAs()
    {
        var open = BgpOpen.For(4_200_000_000, 90, Id, []);

        var decoded = BgpCodec.Decode(BgpCodec.Encode(BgpMessage.Of(open))).Message!.Open!;

        Assert.Equal(BgpOpen.AsTrans, decoded.MyAs);
        Assert.Equal(4_200_000_000u, decoded.Asn);
    }

    [Fact]
    public void Open_WithoutFourOctetCapability_ReadsMyAs()
    {
        var open = new BgpOpen(4, 65001, 180, Id, []);

        Assert.Equal(65001u, BgpCodec.Decode(BgpCodec.Encode(BgpMessage.Of(open))).Message!.Open!.Asn);
    }

    [Fact]
    public void Open_ExtendedOptionalParameters_AreRead()
    {
        // RFC 9072: length 255, type 255, 2-octet length, then parameters with 2-octet lengths.
        byte[] body = [4, 0xFD, 0xE8, 0, 90, 10, 0, 0, 1, 255, 255, 0, 9, 2, 0, 6, 65, 4, 0, 0, 0xFD, 0xE8];
        var bytes = Frame(1, body);

        var open = BgpCodec.Decode(bytes).Message!.Open!;

        Assert.Equal(65000u, open.Asn);
        Assert.Equal(IPAddress.Parse("10.0.0.1"), open.Identifier);
    }

    [Fact]
    public void Notification_RoundTripsAndReadsInWords()
    {
        var bytes = BgpCodec.Encode(BgpMessage.Of(BgpNotification.BadPeerAs));

        var notification = BgpCodec.Decode(bytes).Message!.Notification!;

        Assert.Equal("OPEN Message Error / Bad Peer AS", notification.Describe());
        Assert.Equal("Cease / Connection Rejected", BgpNotificationText.Describe(6, 5));
        Assert.Equal("Hold Timer Expired", BgpNotificationText.Describe(4, 0));
        Assert.Equal("Error code 42 / subcode 7", BgpNotificationText.Describe(42, 7));
    }

    [Fact]
    public void Decode_PartialMessage_NeedsMore()
    {
        var bytes = BgpCodec.Encode(BgpMessage.Of(BgpOpen.For(64512, 90, Id, [])));

        Assert.True(BgpCodec.Decode(bytes.AsSpan(0, 10)).NeedsMore);
        Assert.True(BgpCodec.Decode(bytes.AsSpan(0, bytes.Length - 1)).NeedsMore);
        Assert.Equal(bytes.Length, BgpCodec.Decode(bytes).Consumed);
    }

    [Theory]
    [InlineData(new byte[] { 0x16, 0x03, 0x01 }, "BadMarker")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 18, 4 }, "BadLength")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x10, 0x01, 4 }, "BadLength")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 19, 9 }, "BadType")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 20, 3, 6 }, "BadNotification")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 20, 4, 0 }, "BadLength")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 21, 1, 4, 0 }, "BadOpen")]
    public void Decode_Malformed_IsATypedError(byte[] bytes, string kind)
    {
        Assert.Equal(kind, BgpCodec.Decode(bytes).Error?.Kind.ToString());
    }

    [Fact]
    public void Decode_OpenWithCapabilityOverrunningItsParameter_IsBadOpen()
    {
        byte[] body = [4, 0xFD, 0xE8, 0, 90, 10, 0, 0, 1, 4, 2, 2, 65, 4];

        Assert.Equal(BgpDecodeErrorKind.BadOpen, BgpCodec.Decode(Frame(1, body)).Error?.Kind);
    }

    [Fact]
    public void Encode_Ipv6Identifier_Throws()
    {
        var open = new BgpOpen(4, 1, 90, IPAddress.IPv6Loopback, []);

        Assert.Throws<ArgumentException>(() => BgpCodec.Encode(BgpMessage.Of(open)));
    }

    [Fact]
    public void Encode_Update_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => BgpCodec.Encode(new BgpMessage(BgpMessageType.Update)));
    }

    [Property]
    public bool Open_RoundTrips(uint asn, ushort hold, uint identifier, (byte Code, byte[] Value)[] extra)
    {
        var capabilities = (extra ?? [])
            .Where(c => c.Value is not null)
            .Take(5)
            .Select(c => new BgpCapability(c.Code, c.Value.Take(30).ToArray()))
            .ToList();
        var open = BgpOpen.For(asn, hold, new IPAddress(identifier), capabilities);
        var bytes = BgpCodec.Encode(BgpMessage.Of(open));

        var result = BgpCodec.Decode(bytes);

        return result.Message?.Open == open && result.Consumed == bytes.Length && result.Message.Open.Asn == asn;
    }

    [Property]
    public bool Notification_RoundTrips(byte code, byte subcode, byte[] data)
    {
        var notification = new BgpNotification(code, subcode, (data ?? []).Take(1000).ToArray());

        return BgpCodec.Decode(BgpCodec.Encode(BgpMessage.Of(notification))).Message?.Notification == notification;
    }

    [Property]
    public bool Decode_ArbitraryBytes_NeverThrows(byte[] bytes) => IsOneOutcome(BgpCodec.Decode(bytes ?? []));

    [Property(MaxTest = 500)]
    public bool Decode_ArbitraryBodyBehindAValidHeader_NeverThrows(byte type, byte[] body)
    {
        var framed = Frame((byte)(type % 6), (body ?? []).Take(4000).ToArray());

        var result = BgpCodec.Decode(framed);

        return IsOneOutcome(result) && !result.NeedsMore;
    }

    [Property(MaxTest = 500)]
    public Property Decode_MutatedOpen_NeverThrows()
    {
        var valid = BgpCodec.Encode(BgpMessage.Of(BgpOpen.For(65001, 90, Id, [BgpCapability.Multiprotocol(2, 1)])));
        var mutations = Gen.Choose(0, valid.Length - 1).Zip(ArbMap.Default.GeneratorFor<byte>()).ArrayOf();
        return Prop.ForAll(mutations.ToArbitrary(), changes =>
        {
            var bytes = (byte[])valid.Clone();
            foreach (var (at, value) in changes)
            {
                bytes[at] = value;
            }

            return IsOneOutcome(BgpCodec.Decode(bytes));
        });
    }

    private static bool IsOneOutcome(BgpDecodeResult result) =>
        (result.Message is not null ? 1 : 0) + (result.Error is not null ? 1 : 0) + (result.NeedsMore ? 1 : 0) == 1;

    private static byte[] Frame(byte type, byte[] body)
    {
        var bytes = new byte[19 + body.Length];
        bytes.AsSpan(0, 16).Fill(0xFF);
        bytes[16] = (byte)(bytes.Length >> 8);
        bytes[17] = (byte)bytes.Length;
        bytes[18] = type;
        body.CopyTo(bytes, 19);
        return bytes;
    }
}
