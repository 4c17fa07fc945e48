using System.Net.Sockets;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>The Modes checks: what one backend mode rejects or ignores. The native ones that are not about a BGPPeer field or a pair of BGPPeers are here.</summary>
internal static class ModesChecks
{
    private static readonly Version SelectedPoolsOnlyFrom = new(0, 14, 9);

    public static Rule[] All { get; } =
    [
        .. PeerPairs.All,
        Rule.ForEach<BfdProfile>(MetalLbRules.NativeBfdProfileExists, BfdProfileExists, comparesWithConfiguration: true),
        Rule.ForEach<IpAddressPool>(MetalLbRules.NativeIpv6PoolOverBgp, Ipv6PoolOverBgp, comparesWithConfiguration: true),
        Rule.ForEach<BgpAdvertisement>(MetalLbRules.NativeLargeCommunityInAdvertisement, LargeCommunityInAdvertisement),
        Rule.ForEach<Community>(MetalLbRules.NativeLargeCommunityInCommunity, LargeCommunityInCommunity),
    ];

    /// <summary>
    /// "Run MetalLB in an FRR mode", right for the release: FRR-K8s mode exists from 0.14.0 (<c>internal/config/validation.go</c>);
    /// the Helm chart installs FRR mode up to 0.15.3 and FRR-K8s mode from 0.16.0 (<c>charts/metallb/values.yaml</c>).
    /// </summary>
    public static string RunInFrr(Version release) =>
        release >= new Version(0, 16, 0) ? "run MetalLB in FRR-K8s mode (the Helm chart's default)"
        : release >= new Version(0, 14, 0) ? $"run MetalLB in FRR mode (the Helm chart's default on {release}) or FRR-K8s mode"
        : $"run MetalLB in FRR mode (the Helm chart's default; {release} has no FRR-K8s mode)";

    /// <summary>MLB0811: any BFDProfile object, used or not, makes native mode reject the configuration.</summary>
    private static void BfdProfileExists(BfdProfile profile, RuleContext context)
    {
        var users = context.Set.Peers.Count(p => p.BfdProfile == profile.Name);
        context.Report(MetalLbRules.NativeBfdProfileExists, profile, "metadata.name", $"native mode has no BFD, and MetalLB rejects the whole configuration while any BFDProfile exists, {(users == 0 ? "even though no BGPPeer uses it" : $"and {users} BGPPeer(s) use it")}. Delete the BFDProfile, or {RunInFrr(context.Options.MetalLbVersion)}");
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
        var ads = selectedOnly ? AdvertisementIndex.For(context).Of(pool) : context.Set.BgpAdvertisements;
        if (ads.Count == 0)
        {
            return;
        }

        var why = selectedOnly
            ? $"BGPAdvertisement \"{ads[0].Name}\" announces this pool"
            : $"the configuration has BGPAdvertisement \"{ads[0].Name}\", and MetalLB {release} in native mode rejects every IPv6 pool once any BGPAdvertisement exists, even a pool only announced by L2 ({SelectedPoolsOnlyFrom} and later check only the pools a BGPAdvertisement selects)";
        var fix = selectedOnly
            ? $"Move IPv6 addresses to a pool no BGPAdvertisement selects (L2 only), or {RunInFrr(release)}"
            : $"Remove the IPv6 addresses from the pools, or {RunInFrr(release)}, or upgrade MetalLB to {SelectedPoolsOnlyFrom} or later and keep IPv6 in a pool no BGPAdvertisement selects";
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
            context.Report(MetalLbRules.NativeLargeCommunityInAdvertisement, advertisement, $"spec.communities[{i}]", $"\"{value}\" is a large community; the native BGP speaker sends only standard communities (65000:100), and MetalLB rejects the configuration in native mode. Use a standard community, or {RunInFrr(context.Options.MetalLbVersion)}");
        }
    }

    /// <summary>MLB0814: a Community alias holds a large community; native mode rejects it even when no advertisement uses it.</summary>
    private static void LargeCommunityInCommunity(Community community, RuleContext context)
    {
        foreach (var (alias, i) in community.Aliases.Select((a, i) => (a, i)).Where(a => IsLarge(a.a.Value)))
        {
            context.Report(MetalLbRules.NativeLargeCommunityInCommunity, community, $"spec.communities[{i}].value", $"alias \"{alias.Name}\" is the large community \"{alias.Value}\"; the native BGP speaker sends only standard communities, and MetalLB rejects the configuration in native mode while any Community holds one, used or not. Remove the alias, or {RunInFrr(context.Options.MetalLbVersion)}");
        }
    }

    /// <summary>Tells a large community (<c>large:1:2:3</c>) from a standard one, as MetalLB's parser does.</summary>
    private static bool IsLarge(string? value) => value is not null && value.Split(':') is { Length: 4 } parts && parts[0] == "large";
}
