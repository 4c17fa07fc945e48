using System.Buffers.Binary;
using System.Net;
using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Tests.Preflight;

public class TcpMd5SignatureTests
{
    [Fact]
    public void Build_Ipv4_LaysOutStructTcpMd5sig()
    {
        var value = TcpMd5Signature.Build(IPAddress.Parse("10.1.2.3"), "key"u8);

        Assert.Equal(216, value.Length);
        Assert.Equal(2, BitConverter.ToUInt16(value, 0));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(value.AsSpan(2)));
        Assert.Equal(new byte[] { 10, 1, 2, 3 }, value[4..8]);
        Assert.Equal(3, TcpMd5Signature.KeyLength(value));
        Assert.Equal("key"u8.ToArray(), value[136..139]);
        Assert.All(value[139..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Build_Ipv6_UsesSockaddrIn6()
    {
        var value = TcpMd5Signature.Build(IPAddress.Parse("2001:db8::1"), "k"u8);

        Assert.Equal(10, BitConverter.ToUInt16(value, 0));
        Assert.Equal(IPAddress.Parse("2001:db8::1").GetAddressBytes(), value[8..24]);
    }

    [Fact]
    public void Build_KeyOver80Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => TcpMd5Signature.Build(IPAddress.Loopback, new byte[81]));
    }

    [Fact]
    public void Apply_OnLinux_TheKernelAcceptsTheLayout()
    {
        Assert.True(TcpMd5Signature.IsSupported, "these tests run on Linux");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);

        TcpMd5Signature.Apply(socket, IPAddress.Parse("192.0.2.1"), "s3cret");
    }
}
