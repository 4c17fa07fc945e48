using System.Net.Sockets;
using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>A BGPPeer's own fields: what MetalLB's schema, CEL rules, webhook and parser refuse, and what cannot work.</summary>
internal sealed class BgpPeerValidator : ResourceValidator<BgpPeer>
{
    private const string Converting = "converting this v1beta1 BGPPeer to v1beta2 stores";

    private static readonly (string Field, Func<BgpPeer, DurationValue?> Value)[] Durations = [("holdTime", p => p.HoldTime), ("keepaliveTime", p => p.KeepaliveTime), ("connectTime", p => p.ConnectTime)];
    private static readonly (string Field, Func<BgpPeer, string?> Value)[] DeviceNames = [("interface", p => p.Interface), ("vrf", p => p.Vrf)];

    /// <summary>The v1beta1 schema requires key, operator and at least one value, so Exists and DoesNotExist cannot be written there.</summary>
    private static readonly (Func<SelectorRequirement, bool> Lacks, string Suffix, Func<SelectorRequirement, string> Message)[] V1Beta1Requirements =
    [
        (e => e.Key.Length == 0, string.Empty, _ => "match expression has no key; the v1beta1 schema requires key, operator and at least one value"),
        (e => e.Operator.Length == 0, string.Empty, e => $"match expression on \"{e.Key}\" has no operator; the v1beta1 schema requires key, operator and at least one value"),
        (e => e.Values.Count == 0, ".values", e => $"match expression on \"{e.Key}\" has no values, but the v1beta1 schema requires at least one" + (e.Operator is "Exists" or "DoesNotExist"
            ? $", so {e.Operator} cannot be expressed in v1beta1: use apiVersion metallb.io/v1beta2"
            : "; list the values to match")),
    ];

    public BgpPeerValidator()
    {
        // ASNs.
        When(MetalLbRules.PeerMyAsnMissing, p => p.MyAsn is not { Value: > 0 } && !p.IsUnknown("spec.myASN"), "spec.myASN",
            (p, _) => $"spec.myASN is {Missing(p.MyAsn)}; set the ASN the nodes speak BGP as (1 to 4294967295)");
        When(MetalLbRules.PeerAsnMissing, p => p.PeerAsn is not { Value: > 0 } && string.IsNullOrEmpty(p.DynamicAsn) && !p.IsUnknown("spec.peerASN") && !p.IsUnknown("spec.dynamicASN"), "spec.peerASN",
            (p, o) => $"spec.peerASN is {Missing(p.PeerAsn)}; set the router's ASN{(Offers(p, o, "dynamicASN") ? ", or dynamicASN: internal|external" : string.Empty)}");
        When(MetalLbRules.PeerAsnAndDynamicAsn, p => p.PeerAsn is { Value: > 0 } && !string.IsNullOrEmpty(p.DynamicAsn), "spec.dynamicASN",
            (p, _) => $"spec.peerASN ({p.PeerAsn}) and spec.dynamicASN ({p.DynamicAsn}) are both set; keep exactly one");
        When(MetalLbRules.PeerDynamicAsnInvalid, p => p.DynamicAsn is { } value && value is not ("internal" or "external"), "spec.dynamicASN", (p, o) => o.Mode == BackendMode.Native
            ? $"dynamicASN \"{p.DynamicAsn}\" is not allowed (only \"internal\" or \"external\"), and native mode rejects dynamicASN altogether; replace it with spec.peerASN, the router's ASN"
            : $"dynamicASN \"{p.DynamicAsn}\" is not allowed; write \"internal\" (the peer uses myASN) or \"external\" (any other ASN), in lower case, or set spec.peerASN instead");
        When(MetalLbRules.PeerMultiHopOnIbgp, p => p is { EbgpMultiHop: true, PeerAsn.Value: > 0 and var peer, MyAsn.Value: var my } && peer == my, "spec.ebgpMultiHop",
            (p, _) => $"ebgpMultiHop is set but peerASN equals myASN ({p.MyAsn?.Value}), so the session is iBGP; remove ebgpMultiHop (iBGP sessions may already span several hops)");

        // With dynamicASN the webhook does not compare ASNs; the setting has no effect on an iBGP session.
        When(MetalLbRules.PeerMultiHopWithDynamicInternal, p => p is { EbgpMultiHop: true, DynamicAsn: "internal" }, "spec.ebgpMultiHop",
            (_, _) => "ebgpMultiHop is set but dynamicASN is internal, so the session is iBGP and the setting does nothing (MetalLB rejects the same combination when peerASN equals myASN); remove ebgpMultiHop, or use dynamicASN external if the peer is in another AS");
        When(MetalLbRules.PeerLocalAsnZero, p => p.LocalAsn is { Value: 0 }, "spec.localASN", (_, o) => o.Mode == BackendMode.Frr
            ? "localASN is 0, but the schema requires 1 to 4294967295; remove the field to present myASN, or give the ASN to present to this peer"
            : $"localASN is 0, but the schema requires 1 to 4294967295; remove the field to present myASN (MetalLB {o.MetalLbVersion} in {o.Mode.ToConfigName()} mode does not apply localASN; to present another ASN to this peer, set myASN)");

        // FRR refuses a local-as equal to the router's own AS; equal to peerASN, the peer takes the session for iBGP.
        When(MetalLbRules.PeerLocalAsnCollision, p => p.LocalAsn is { Value: > 0 } local && p.MyAsn?.Value == local.Value, "spec.localASN",
            (p, _) => $"localASN {p.LocalAsn} equals myASN; local-as must differ from the router's own AS (FRR rejects it). Remove localASN, or set the ASN this peer expects to see");
        When(MetalLbRules.PeerLocalAsnCollision, p => p.LocalAsn is { Value: > 0 } local && p.MyAsn?.Value != local.Value && p.PeerAsn?.Value == local.Value, "spec.localASN",
            (p, _) => $"localASN {p.LocalAsn} equals peerASN, so the peer sees its own AS in the OPEN message and treats the session as iBGP while this side is configured as eBGP (myASN {p.MyAsn}); this is almost surely not meant. Remove localASN, or set myASN to {p.LocalAsn} for iBGP",
            DiagnosticSeverity.Warning);

        // Where the router is.
        When(MetalLbRules.PeerWithoutEndpoint, p => string.IsNullOrEmpty(p.PeerAddress?.Text) && string.IsNullOrEmpty(p.Interface) && !p.IsUnknown("spec.peerAddress") && !p.IsUnknown("spec.interface"), "spec",
            (p, o) => $"the peer has no spec.peerAddress{(Offers(p, o, "interface") ? " or spec.interface (unnumbered BGP)" : string.Empty)}; say where the router is");
        When(MetalLbRules.PeerWithBothEndpoints, p => !string.IsNullOrEmpty(p.PeerAddress?.Text) && !string.IsNullOrEmpty(p.Interface), "spec.interface",
            (p, _) => $"spec.peerAddress ({p.PeerAddress!.Text}) and spec.interface ({p.Interface}) are both set; keep the address for numbered BGP or the interface for unnumbered BGP");
        When(MetalLbRules.PeerAddressInvalid, p => p.PeerAddress is { IsValid: false, Text.Length: > 0 }, "spec.peerAddress",
            (p, _) => $"\"{p.PeerAddress!.Text}\" is not an IP address{AddressHint(p.PeerAddress.Text)}");
        When(MetalLbRules.PeerSourceAddressInvalid, p => p.SourceAddress is { IsValid: false, Text.Length: > 0 }, "spec.sourceAddress",
            (p, _) => $"sourceAddress \"{p.SourceAddress!.Text}\" is not an IP address{(p.SourceAddress.Text.Contains('/', StringComparison.Ordinal) ? "; give the address without a prefix length" : "; give an address of the node (an interface name is not accepted)")}");
        Rule(MetalLbRules.PeerPortOutOfRange, p => p.PeerPort, "spec.peerPort", port => port.Must((p, port) => port is null || (port >= MinPort(p) && port <= 16384)))
            .WithMessage((p, port) => $"peerPort {port} is outside {MinPort(p)}..16384, the range the {p.ServedVersion} schema accepts; use the router's BGP port (usually 179, or leave it unset)");
        foreach (var (field, name) in DeviceNames)
        {
            When(MetalLbRules.PeerDeviceNameInvalid, p => DeviceNameProblem(name(p)) is not null, $"spec.{field}",
                (p, _) => $"{field} \"{name(p)}\" cannot be a Linux network device name: {DeviceNameProblem(name(p))}; no node can have it, so the session never comes up. Write the device name as `ip link` shows it");
        }

        // Router ID: a 32-bit BGP identifier, which a speaker refuses from an internal peer when it equals its own.
        When(MetalLbRules.PeerRouterIdInvalid, p => p.RouterId is { IsValid: false, Text.Length: > 0 }, "spec.routerID",
            (p, _) => $"routerID \"{p.RouterId!.Text}\" is not an IP address; a BGP router ID is written as an IPv4 address, such as 10.0.0.1");
        When(MetalLbRules.PeerRouterIdIpv6, p => p.RouterId is { Address: { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } }, "spec.routerID",
            (p, _) => $"routerID {p.RouterId!.Address} is an IPv6 address, but a BGP router ID is a 32-bit number written as IPv4 (also on IPv6-only sessions); the native speaker crashes on it and FRR rejects it. Use an IPv4 address unique to the router, such as the node's IPv4 or 10.255.0.1");
        When(MetalLbRules.PeerRouterIdIsRouterAddress, p => p.RouterId?.Address is { } id && id.Equals(p.PeerAddress?.Address) && IsInternal(p), "spec.routerID",
            (p, _) => $"routerID {p.RouterId!.Address} is the router's own address (peerAddress) on an iBGP session. A BGP speaker refuses an internal peer's OPEN whose BGP Identifier equals its own (RFC 6286 section 2.2; FRR and BIRD send NOTIFICATION 'Bad BGP Identifier'), so if the router uses {p.PeerAddress!.Address} as its router ID, as routers that pick it from their interfaces often do, the session never establishes. The router ID identifies MetalLB's speaker, not the router: remove spec.routerID (MetalLB then uses an address of the node) or set it to an address that belongs to the node; in FRR modes do the same on every BGPPeer of the node, since they must agree");

        // Timers.
        foreach (var (field, timer) in Durations)
        {
            When(MetalLbRules.PeerTimerNotDuration, p => timer(p) is { IsValid: false }, $"spec.{field}",
                (p, _) => $"{field} \"{timer(p)!.Text}\" is not a duration; write a number with a unit, such as 90s, 1m30s or 500ms (units: ns, us, ms, s, m, h)");
        }

        When(MetalLbRules.PeerHoldTimeTooShort, (p, o) => Timers(p, o) is { HoldTooShort: true, HoldDerived: false }, "spec.holdTime",
            (p, o) => $"holdTime {p.HoldTime} is {Timers(p, o)!.RoundedHold.TotalSeconds:0}s in whole seconds, which is neither 0 (disabled) nor at least 3s; use 0s or a value of 3s or more (90s is the usual default)");
        When(MetalLbRules.PeerHoldTimeTooShort, (p, o) => Timers(p, o) is { HoldTooShort: true, HoldDerived: true }, "spec.keepaliveTime", (p, o) =>
            $"holdTime is unset, so MetalLB derives it as 3 × keepaliveTime {p.KeepaliveTime} = {Timers(p, o)!.RoundedHold.TotalSeconds:0}s (whole seconds), which is neither 0 nor at least 3s; " + (o.Mode == BackendMode.Native
                ? "native mode rejects keepaliveTime anyway and sends keepalives every third of the hold time: remove keepaliveTime and set holdTime (90s is the usual default)"
                : "set keepaliveTime to at least 1s, or set holdTime explicitly"));
        When(MetalLbRules.PeerKeepaliveAboveHold, (p, o) => Timers(p, o) is { HoldTooShort: false } t && t.Keepalive > t.Hold, "spec.keepaliveTime", KeepaliveAboveHoldMessage);
        When(MetalLbRules.PeerConnectTimeOutOfRange, p => p.ConnectTime?.Value is { } value && Math.Truncate(value.TotalSeconds) is < 1 or > 65535, "spec.connectTime", (p, o) =>
            $"connectTime {p.ConnectTime!.Text} is {Math.Truncate(p.ConnectTime.Value!.Value.TotalSeconds):0}s in whole seconds; the API server accepts 1s to 65535s, " + (o.Mode == BackendMode.Native
                ? "and native mode rejects connectTime altogether: remove it"
                : "pick a value in that range (FRR's default is 120s)"));
        When(MetalLbRules.PeerConnectTimeFractional, p => p.ConnectTime?.Value is { } value && Math.Truncate(value.TotalMilliseconds) % 1000 != 0, "spec.connectTime", (p, o) =>
            $"connectTime {p.ConnectTime!.Text} has a fraction of a second; the API server accepts whole seconds only, " + (o.Mode == BackendMode.Native
                ? "and native mode rejects connectTime altogether: remove it"
                : $"e.g. {Math.Clamp(Math.Round(p.ConnectTime.Value!.Value.TotalSeconds), 1, 65535):0}s"));

        // Password.
        When(MetalLbRules.PeerPasswordAndSecret, p => p.HasInlinePassword && p.PasswordSecret is { Name.Length: > 0 }, "spec.passwordSecret",
            (p, _) => $"both spec.password and spec.passwordSecret (\"{p.PasswordSecret!.Name}\") are set; keep only passwordSecret (the password then stays out of the BGPPeer) or only password");

        // disableMP has no effect from 0.15.0; from 0.14.4 to 0.14.9 it took effect in FRR modes (the descriptor's releases).
        When(MetalLbRules.PeerDisableMpDeprecated, p => p.DisableMp, "spec.disableMP",
            (_, o) => $"disableMP is deprecated and has no effect: each session already carries only its own address family{(o.Mode == BackendMode.Native ? string.Empty : " (use dualStackAddressFamily for both)")}. Remove it; note that on CREATE it also makes MetalLB's webhook skip every other check of this BGPPeer");

        // v1beta1.
        When(MetalLbRules.PeerV1Beta1Deprecated, p => p.ServedVersion == "v1beta1", "apiVersion",
            (_, _) => "BGPPeer at metallb.io/v1beta1 is deprecated; change apiVersion to metallb.io/v1beta2 (the fields are compatible; nodeSelectors become standard label selectors)");
        Check(MetalLbRules.PeerV1Beta1ExpressionIncomplete, (p, f) =>
        {
            var expressions = p.NodeSelectors.SelectMany((s, i) => s.MatchExpressions.Select((e, j) => (e, Path: $"spec.nodeSelectors[{i}].matchExpressions[{j}]")));
            foreach (var (e, path) in p.ServedVersion == "v1beta1" ? expressions : [])
            {
                foreach (var (_, suffix, message) in V1Beta1Requirements.Where(r => r.Lacks(e)))
                {
                    f.Add(path + suffix, message(e));
                }
            }
        });

        // Converting a v1beta1 BGPPeer to v1beta2 stores missing timers as 0s (from 0.14.9, when v1beta2's timers became
        // pointers), so MetalLB's defaults (hold 90s, keepalive hold/3) do not apply.
        When(MetalLbRules.PeerV1Beta1TimerUnset, p => p is { ServedVersion: "v1beta1", HoldTime: null, KeepaliveTime: null }, "spec", (_, o) => o.Mode == BackendMode.Native
            ? $"holdTime is unset; {Converting} it as 0s, which disables the hold timer (the native speaker offers a hold time of 0 instead of 90s and sends no keepalives). Set holdTime: 90s (native mode rejects keepaliveTime and sends keepalives every third of the hold time), or move to metallb.io/v1beta2"
            : $"holdTime and keepaliveTime are unset; {Converting} them as 0s, which disables the hold timer (FRR renders timers 0 0). Set holdTime: 90s and keepaliveTime: 30s, or move to metallb.io/v1beta2");

        // The native speaker ignores keepaliveTime and sends keepalives every third of the negotiated hold time.
        When(MetalLbRules.PeerV1Beta1TimerUnset, (p, o) => p is { ServedVersion: "v1beta1", HoldTime: not null, KeepaliveTime: null } && o.Mode != BackendMode.Native, "spec.holdTime",
            (p, _) => $"keepaliveTime is unset; {Converting} it as 0s instead of holdTime/3, so no keepalives are sent and the peer drops the session after {p.HoldTime}. Set keepaliveTime (a third of holdTime), or move to metallb.io/v1beta2");
        When(MetalLbRules.PeerV1Beta1TimerUnset, p => p is { ServedVersion: "v1beta1", HoldTime: null, KeepaliveTime: not null }, "spec.keepaliveTime", (p, o) =>
            $"holdTime is unset; {Converting} it as 0s instead of 3 × keepaliveTime, and keepaliveTime {p.KeepaliveTime} above a hold time of 0s makes MetalLB reject the peer. " + (o.Mode == BackendMode.Native
                ? "Remove keepaliveTime and set holdTime (native mode rejects keepaliveTime and sends keepalives every third of the hold time)"
                : "Set holdTime (three times keepaliveTime), or move to metallb.io/v1beta2"),
            DiagnosticSeverity.Error);

        // Fields a backend mode rejects or ignores (MetalLB's native validator, the frr-k8s neighbor it builds).
        foreach (var row in Modes.PeerFieldsByMode.Rows)
        {
            When(row.Descriptor, row.IsSet, $"spec.{row.Field}", (p, o) => row.Message(p, o.MetalLbVersion));
        }
    }

    /// <summary>The rule <paramref name="rule"/> fails at <paramref name="path"/> when <paramref name="fails"/>, with <paramref name="message"/>.</summary>
    private void When(RuleDescriptor rule, Func<BgpPeer, bool> fails, string path, Func<BgpPeer, ValidationOptions, string> message, DiagnosticSeverity? severity = null) =>
        When(rule, (p, _) => fails(p), path, message, severity);

    private void When(RuleDescriptor rule, Func<BgpPeer, ValidationOptions, bool> fails, string path, Func<BgpPeer, ValidationOptions, string> message, DiagnosticSeverity? severity = null) =>
        Check(rule, (p, f) =>
        {
            if (fails(p, f.Options))
            {
                f.Add(path, message(p, f.Options), severity);
            }
        });

    private static PeerTimers? Timers(BgpPeer peer, ValidationOptions options) => PeerTimers.Of(peer, options.MetalLbVersion);

    private static int MinPort(BgpPeer peer) => peer.ServedVersion == "v1beta1" ? 0 : 1;

    private static string Missing(Asn? asn) => asn is null ? "missing" : "0";

    /// <summary>True when the peer's release and mode offer <paramref name="field"/> (from v1beta2 on; native mode rejects it: DiscardFRROnly).</summary>
    private static bool Offers(BgpPeer peer, ValidationOptions options, string field) =>
        peer.ServedVersion != "v1beta1" && options.Mode != BackendMode.Native && Releases.CrdFields.Has(BgpPeer.KindName, field, options.MetalLbVersion);

    private static bool IsInternal(BgpPeer peer) =>
        peer.DynamicAsn is "internal" || (peer.DynamicAsn is not "external" && peer.PeerAsn is { } p && peer.MyAsn is { } m && p.Value == m.Value);

    private static string AddressHint(string text) => text switch
    {
        _ when text.Contains('%', StringComparison.Ordinal) => "; MetalLB does not accept zoned link-local addresses (fe80::1%eth0): use spec.interface for unnumbered BGP",
        _ when text.Contains('/', StringComparison.Ordinal) => "; give the router's address without a prefix length",
        _ when text.Trim() != text => "; remove the surrounding spaces",
        _ => "; use a plain IPv4 or IPv6 address such as 192.0.2.1",
    };

    /// <summary>Why <paramref name="name"/> cannot be a Linux network device name (1 to 15 characters, not "." or "..", no '/', ':' or white space), or null.</summary>
    private static string? DeviceNameProblem(string? name) => name switch
    {
        null or "" => null,
        { Length: > 15 } => $"it has {name.Length} characters, the kernel allows at most 15",
        "." or ".." => "\".\" and \"..\" are reserved",
        _ when name.Any(c => c is '/' or ':' || char.IsWhiteSpace(c)) => "it contains '/', ':' or white space",
        _ => null,
    };

    /// <summary>A hold time below 3s is MLB0209's: MetalLB stops at the hold-time check.</summary>
    private static string KeepaliveAboveHoldMessage(BgpPeer peer, ValidationOptions options)
    {
        var (hold, fix) = Timers(peer, options)!.HoldDerived
            ? ($"the holdTime MetalLB {options.MetalLbVersion} uses when holdTime is unset or 0 ({PeerTimers.DefaultHold.TotalSeconds:0}s; {PeerTimers.DerivedHoldFrom} and later derive it as 3 × keepaliveTime)",
                $"Set holdTime explicitly to at least keepaliveTime (3 × keepaliveTime is usual), or make keepaliveTime at most {PeerTimers.DefaultHold.TotalSeconds:0}s")
            : ($"holdTime {peer.HoldTime}", "Make keepaliveTime at most holdTime (a third of it is usual)");
        return $"keepaliveTime {peer.KeepaliveTime} is greater than {hold}; the session would expire between keepalives, so MetalLB rejects the configuration. {fix}";
    }
}
