using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// BGPPeer fields one mode rejects or ignores, as rows: the native speaker implements none of the FRR-only fields and
/// MetalLB's native validator rejects them; FRR-K8s mode builds the frr-k8s neighbor without sourceAddress and localASN.
/// Checked by the BGPPeer validator, for the mode the run (or the caller) gives.
/// </summary>
internal static class PeerFieldsByMode
{
    /// <summary>A field, when the peer sets it, and what to say.</summary>
    internal sealed record Row(RuleDescriptor Descriptor, string Field, Func<BgpPeer, bool> IsSet, Func<BgpPeer, Version, string> Message);

    public static Row[] Rows { get; } =
    [
        Native(MetalLbRules.NativeUnsupportedBfdProfile, "bfdProfile", "BFD", p => !string.IsNullOrEmpty(p.BfdProfile)),
        Native(MetalLbRules.NativeUnsupportedKeepaliveTime, "keepaliveTime", "keepalive interval", p => p.KeepaliveTime is { } keepalive && keepalive.Value != TimeSpan.Zero),
        Native(MetalLbRules.NativeUnsupportedVrf, "vrf", "VRF", p => !string.IsNullOrEmpty(p.Vrf)),
        Native(MetalLbRules.NativeUnsupportedConnectTime, "connectTime", "connect retry timer", p => p.ConnectTime is not null),
        Native(MetalLbRules.NativeUnsupportedGracefulRestart, "enableGracefulRestart", "BGP graceful restart", p => p.EnableGracefulRestart == true),
        Native(MetalLbRules.NativeUnsupportedDisableMp, "disableMP", "one session per address family", p => p.DisableMp == true),
        Native(MetalLbRules.NativeUnsupportedDualStack, "dualStackAddressFamily", "IPv4 and IPv6 routes on one session", p => p.DualStackAddressFamily == true),

        // Removing dynamicASN or interface alone would leave the peer without an ASN or an address (MLB0202, MLB0206).
        Native(MetalLbRules.NativeUnsupportedDynamicAsn, "dynamicASN", "learning the peer ASN from its OPEN", p => !string.IsNullOrEmpty(p.DynamicAsn), "Replace it with spec.peerASN, the router's ASN"),
        Native(MetalLbRules.NativeUnsupportedInterface, "interface", "unnumbered BGP", p => !string.IsNullOrEmpty(p.Interface), "Replace it with spec.peerAddress, the router's address on that link"),
        Native(MetalLbRules.NativeUnsupportedLocalAsn, "localASN", "presenting another local ASN", p => p.LocalAsn is { Value: > 0 }),

        // The native speaker joins address and port without brackets (read in MetalLB's source, not confirmed at runtime).
        new(MetalLbRules.NativeIpv6PeerAddress, "peerAddress", p => p.PeerAddress is { Address.AddressFamily: AddressFamily.InterNetworkV6 }, (p, release) =>
            $"peerAddress {p.PeerAddress!.Text} is IPv6; the native speaker joins address and port without brackets (\"{p.PeerAddress.Text}:{p.PeerPort ?? 179}\"), so every dial fails with \"too many colons\" and the session never comes up. Peer over IPv4, or {ModesChecks.RunInFrr(release)}"),
        new(MetalLbRules.FrrK8sSourceAddressIgnored, "sourceAddress", p => p.SourceAddress is { Text.Length: > 0 }, (p, _) =>
            $"sourceAddress {p.SourceAddress!.Text} has no effect in FRR-K8s mode: MetalLB builds the frr-k8s neighbor without it, so the session starts from whatever address the kernel picks, and a router that expects {p.SourceAddress.Text} refuses it. You cannot add it through your own FRRConfiguration either (frr-k8s refuses to merge a neighbor with two source addresses). Remove sourceAddress and configure the router for the address the kernel picks (the node's address on the route to the router), or run MetalLB in FRR or native mode where sourceAddress is used"),
        new(MetalLbRules.FrrK8sLocalAsnIgnored, "localASN", p => p.LocalAsn is { Value: > 0 }, (p, _) =>
            $"localASN {p.LocalAsn!.Value} has no effect in FRR-K8s mode: MetalLB builds the frr-k8s neighbor without it, so the session announces myASN {p.MyAsn?.Value ?? 0}, and a router configured for AS {p.LocalAsn.Value} rejects the OPEN (bad peer AS). Set myASN to {p.LocalAsn.Value} on this BGPPeer instead of localASN (every BGPPeer sharing a node and VRF with it then needs myASN {p.LocalAsn.Value} too: FRR has one ASN per VRF), or run MetalLB in FRR mode, which passes localASN on from 0.16.0"),
    ];

    private static Row Native(RuleDescriptor descriptor, string field, string purpose, Func<BgpPeer, bool> isSet, string fix = "Remove it") =>
        new(descriptor, field, isSet, (_, release) =>
            $"spec.{field} ({purpose}) is not supported by the native BGP speaker; MetalLB rejects the whole configuration in native mode. {fix}, or {ModesChecks.RunInFrr(release)}");
}
