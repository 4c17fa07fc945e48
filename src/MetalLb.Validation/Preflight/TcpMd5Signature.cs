using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// RFC 2385 TCP-MD5 signatures on Linux: <c>setsockopt(IPPROTO_TCP, TCP_MD5SIG)</c> with a <c>struct tcp_md5sig</c>
/// laid out by hand, as MetalLB's native speaker (and FRR) do before connecting.
/// </summary>
internal static class TcpMd5Signature
{
    /// <summary>Longest key the kernel accepts (TCP_MD5SIG_MAXKEYLEN).</summary>
    public const int MaxKeyLength = 80;

    /// <summary>sizeof(struct tcp_md5sig): sockaddr_storage(128), flags, prefixlen, keylen(2), ifindex(4), key[80].</summary>
    public const int StructLength = 216;

    private const int IpProtoTcp = 6;
    private const int TcpMd5Sig = 14;
    private const ushort AfInet = 2;
    private const ushort AfInet6 = 10;

    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The option value for <paramref name="peer"/> and <paramref name="key"/>; the caller zeroes it after use.</summary>
    public static byte[] Build(IPAddress peer, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException("a TCP-MD5 key is at most 80 bytes", nameof(key));
        }

        var value = new byte[StructLength];
        var storage = value.AsSpan(0, 128);
        if (peer.AddressFamily == AddressFamily.InterNetwork)
        {
            // sockaddr_in: sa_family in host order, port 0, then the address.
            MemoryMarshal.Write(storage, AfInet);
            peer.TryWriteBytes(storage[4..], out _);
        }
        else
        {
            // sockaddr_in6: family, port, flowinfo, address, scope id.
            MemoryMarshal.Write(storage, AfInet6);
            peer.TryWriteBytes(storage[8..], out _);
            MemoryMarshal.Write(storage[24..], (uint)peer.ScopeId);
        }

        // tcpm_flags and tcpm_prefixlen stay 0 (exact address, any interface).
        MemoryMarshal.Write(value.AsSpan(130), (ushort)key.Length);
        key.CopyTo(value.AsSpan(136));
        return value;
    }

    /// <summary>Signs every segment <paramref name="socket"/> exchanges with <paramref name="peer"/>.</summary>
    /// <exception cref="ArgumentException">The key is longer than 80 bytes.</exception>
    /// <exception cref="SocketException">The kernel refused the option (no TCP-MD5 support).</exception>
    public static void Apply(Socket socket, IPAddress peer, string password)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var key = Encoding.UTF8.GetBytes(password);
        byte[]? value = null;
        try
        {
            value = Build(peer, key);
            socket.SetRawSocketOption(IpProtoTcp, TcpMd5Sig, value);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            if (value is not null)
            {
                CryptographicOperations.ZeroMemory(value);
            }
        }
    }

    internal static ushort KeyLength(ReadOnlySpan<byte> value) => BinaryPrimitives.ReadUInt16LittleEndian(value[130..]);
}
