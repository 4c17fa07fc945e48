using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Normalised peer fields: addresses compare as addresses (2001:db8::1 equals 2001:0db8::1), unset as empty.</summary>
internal static class PeerKeys
{
    public static string Address(IpValue? value) => value is null ? string.Empty : value.Address?.ToString() ?? value.Text;

    public static string Vrf(BgpPeer peer) => peer.Vrf ?? string.Empty;

    /// <summary>MetalLB's PeerIdentifier: the address, or the interface when there is none, plus the VRF.</summary>
    public static string Identity(BgpPeer peer)
    {
        var endpoint = peer.PeerAddress is { Text.Length: > 0 } ? Address(peer.PeerAddress) : peer.Interface ?? string.Empty;
        return Vrf(peer).Length > 0 ? $"{endpoint}-{Vrf(peer)}" : endpoint;
    }
}
