using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>What native mode rejects beyond single BGPPeer fields (<see cref="PeerFieldsByMode"/>), and the duplicate sessions it accepts.</summary>
internal static class NativeChecks
{
    /// <summary>The first release that checks only the pools a BGPAdvertisement selects.</summary>
    private static readonly Version SelectedPoolsOnlyFrom = new(0, 14, 9);

    public static Rule[] All { get; } =
    [
        Rule.ForEach<BfdProfile>(MetalLbRules.NativeBfdProfileExists, BfdProfileExists, comparesWithConfiguration: true),
        Rule.ForEach<IpAddressPool>(MetalLbRules.NativeIpv6PoolOverBgp, Ipv6PoolOverBgp, comparesWithConfiguration: true),
        Rule.ForEach<BgpAdvertisement>(MetalLbRules.NativeLargeCommunityInAdvertisement, LargeCommunityInAdvertisement),
        Rule.ForEach<Community>(MetalLbRules.NativeLargeCommunityInCommunity, LargeCommunityInCommunity),
        Rule.ForSet(MetalLbRules.NativeDuplicateSession, DuplicateSession),
    ];

    /// <summary>MLB0811: any BFDProfile object, used or not, makes native mode reject the configuration.</summary>
    private static void BfdProfileExists(BfdProfile profile, RuleContext context)
    {
        var users = context.Set.Peers.Count(p => p.BfdProfile == profile.Name);
        var use = users == 0 ? "even though no BGPPeer uses it" : $"and {users} BGPPeer(s) use it";
        context.Report(MetalLbRules.NativeBfdProfileExists, profile, "metadata.name", $"native mode has no BFD, and MetalLB rejects the whole configuration while any BFDProfile exists, {use}. Delete the BFDProfile, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
    }

    /// <summary>
    /// MLB0812: a pool announced over BGP has IPv6 addresses, which the native speaker cannot announce. From 0.14.9
    /// MetalLB checks only the pools a BGPAdvertisement selects (<c>findIPv6BGPAdvertisement</c> with
    /// <c>poolSelectorsForBGP</c>); up to 0.14.8 it rejects every IPv6 pool as soon as any BGPAdvertisement exists.
    /// </summary>
    private static void Ipv6PoolOverBgp(IpAddressPool pool, RuleContext context)
    {
        var release = context.Options.MetalLbVersion;
        var selectedOnly = release >= SelectedPoolsOnlyFrom;
        var ads = selectedOnly ? PoolAdvertisements.For(context).Of(pool) : context.Set.BgpAdvertisements;
        if (ads.Count == 0)
        {
            return;
        }

        var why = selectedOnly
            ? $"BGPAdvertisement \"{ads[0].Name}\" announces this pool"
            : $"the configuration has BGPAdvertisement \"{ads[0].Name}\", and MetalLB {release} in native mode rejects every IPv6 pool once any BGPAdvertisement exists, even a pool only announced by L2 ({SelectedPoolsOnlyFrom} and later check only the pools a BGPAdvertisement selects)";
        var fix = selectedOnly
            ? $"Move IPv6 addresses to a pool no BGPAdvertisement selects (L2 only), or {FrrModeAdvice.RunInFrr(release)}"
            : $"Remove the IPv6 addresses from the pools, or {FrrModeAdvice.RunInFrr(release)}, or upgrade MetalLB to {SelectedPoolsOnlyFrom} or later and keep IPv6 in a pool no BGPAdvertisement selects";
        foreach (var (entry, i) in pool.Addresses.Select((a, i) => (a, i)).Where(e => e.a is { IsValid: true, Family: AddressFamily.InterNetworkV6 }))
        {
            context.Report(MetalLbRules.NativeIpv6PoolOverBgp, pool, $"spec.addresses[{i}]", $"\"{entry.Text}\" is IPv6 and {why}, but the native BGP speaker announces IPv4 only; MetalLB rejects the configuration in native mode. {fix}");
        }
    }

    /// <summary>MLB0813: a BGPAdvertisement lists a large community literal, which the native speaker cannot send.</summary>
    private static void LargeCommunityInAdvertisement(BgpAdvertisement advertisement, RuleContext context)
    {
        foreach (var (value, i) in advertisement.Communities.Select((c, i) => (c, i)).Where(c => IsLarge(c.c)))
        {
            context.Report(MetalLbRules.NativeLargeCommunityInAdvertisement, advertisement, $"spec.communities[{i}]", $"\"{value}\" is a large community; the native BGP speaker sends only standard communities (65000:100), and MetalLB rejects the configuration in native mode. Use a standard community, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
        }
    }

    /// <summary>MLB0814: a Community alias holds a large community; native mode rejects it even when no advertisement uses it.</summary>
    private static void LargeCommunityInCommunity(Community community, RuleContext context)
    {
        foreach (var (alias, i) in community.Aliases.Select((a, i) => (a, i)).Where(a => IsLarge(a.a.Value)))
        {
            context.Report(MetalLbRules.NativeLargeCommunityInCommunity, community, $"spec.communities[{i}].value", $"alias \"{alias.Name}\" is the large community \"{alias.Value}\"; the native BGP speaker sends only standard communities, and MetalLB rejects the configuration in native mode while any Community holds one, used or not. Remove the alias, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
        }
    }

    /// <summary>Tells a large community (<c>large:1:2:3</c>) from a standard one, as MetalLB's parser does.</summary>
    private static bool IsLarge(string? value) => value is not null && value.Split(':') is { Length: 4 } parts && parts[0] == "large";

    /// <summary>
    /// MLB0830: two BGPPeers for the same router (address, port, VRF) that select a common node. MetalLB accepts it in
    /// native mode; the node then opens two sessions to one router, which collide and flap (MetalLB issue 705).
    /// </summary>
    private static void DuplicateSession(RuleContext context)
    {
        static string Router(BgpPeer p) => $"{PeerKeys.Address(p.PeerAddress)} {p.PeerPort ?? 179} {PeerKeys.Vrf(p)}";
        var earliest = new Dictionary<BgpPeer, BgpPeer>(ReferenceEqualityComparer.Instance);
        var peers = context.Set.Peers.Where(p => p.PeerAddress is { IsValid: true }).ToList();
        EarliestConflicts.AmongPairs(peers, p => (Router(p), null), (a, b) => PeerSharing.Shares(context, a, b, out _, out _, out _, out _), earliest);
        foreach (var later in peers.GroupBy(Router, StringComparer.Ordinal).SelectMany(g => g).Where(earliest.ContainsKey))
        {
            PeerSharing.Shares(context, later, earliest[later], out var why, out var node, out var assumed, out var guessed);
            context.Report(MetalLbRules.NativeDuplicateSession, later, "spec.peerAddress", $"BGPPeer \"{earliest[later].Name}\" already peers with {later.PeerAddress!.Text} port {later.PeerPort ?? 179}, and {why}; that node opens two sessions to the same router, which collide and keep flapping. MetalLB does not check this in native mode. Merge the BGPPeers, or make their nodeSelectors disjoint", node, assumed || guessed ? DiagnosticSeverity.Warning : null);
        }
    }
}
