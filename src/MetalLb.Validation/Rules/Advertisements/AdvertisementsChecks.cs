using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Validators;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// The Advertisements checks, and the family of reference checks that BGP and L2 advertisements share: pools and
/// peers named but not in the input (MetalLB accepts the name and announces nothing for it), selectors that match no
/// pool or no node.
/// </summary>
internal static class AdvertisementsChecks
{
    /// <summary>The rules of one advertisement kind.</summary>
    private sealed record Family(RuleDescriptor UnknownPool, RuleDescriptor SelectsNoPool, RuleDescriptor SelectsNoNode);

    /// <summary>A name list field and what MetalLB does with a name it cannot find.</summary>
    private sealed record Reference(string Field, string Kind, string Noun, string Elsewhere, string Missing, string Fix);

    private static readonly Family Bgp = new(MetalLbRules.BgpAdvertisementUnknownPool, MetalLbRules.BgpAdvertisementSelectsNoPool, MetalLbRules.BgpAdvertisementSelectsNoNode);
    private static readonly Family L2 = new(MetalLbRules.L2AdvertisementUnknownPool, MetalLbRules.L2AdvertisementSelectsNoPool, MetalLbRules.L2AdvertisementSelectsNoNode);

    private static readonly Reference Pools = new("ipAddressPools", "IPAddressPool", "pool", "it announces nothing for this reference", "accepts the reference and announces nothing for it", "Fix the name");
    private static readonly Reference Peers = new("peers", "BGPPeer", "peer", "it announces to no such session", "accepts the name and announces to no such session", "Fix the name (spec.peers takes BGPPeer metadata.name values)");

    /// <summary>What an advertisement names or selects and the input lacks, for BGP and L2 alike (see <see cref="Family"/>).</summary>
    public static Rule References { get; } = Rule.ForSet([.. Descriptors(Bgp), MetalLbRules.BgpAdvertisementUnknownPeer, .. Descriptors(L2)], Check);

    /// <summary>The area's checks; declared after <see cref="References"/>, which it lists (static initialisers run in order).</summary>
    public static Rule[] All { get; } =
    [
        new ValidatorRule<BgpAdvertisement>((BgpAdvertisementValidator)MetalLbValidators.BgpAdvertisement),
        new ValidatorRule<L2Advertisement>((L2AdvertisementValidator)MetalLbValidators.L2Advertisement),
        References,
        BgpAdvertisementChecks.AggregationWiderThanPool,
        BgpAdvertisementChecks.LocalPrefConflicts,
        BgpAdvertisementChecks.LocalPrefOnEbgpOnly,
        L2InterfacesMissingOnNode.Rule,
    ];

    private static RuleDescriptor[] Descriptors(Family family) => [family.UnknownPool, family.SelectsNoPool, family.SelectsNoNode];

    private static void Check(RuleContext context)
    {
        var index = AdvertisementIndex.For(context);
        foreach (var ad in context.Set.BgpAdvertisements)
        {
            Check(context, Bgp, ad, ad.IpAddressPools, index.Pools(ad).Count == 0, ad.IpAddressPoolSelectors, ad.NodeSelectors);
            Unknown(context, MetalLbRules.BgpAdvertisementUnknownPeer, ad, ad.Peers, index.PeersByName, Peers);
        }

        foreach (var ad in context.Set.L2Advertisements)
        {
            Check(context, L2, ad, ad.IpAddressPools, index.Pools(ad).Count == 0, ad.IpAddressPoolSelectors, ad.NodeSelectors);
        }
    }

    private static void Check(RuleContext context, Family family, KubernetesObject ad, IReadOnlyList<string> names, bool selectsNoPool, IReadOnlyList<LabelSelector> poolSelectors, IReadOnlyList<LabelSelector> nodeSelectors)
    {
        Unknown(context, family.UnknownPool, ad, names, AdvertisementIndex.For(context).PoolsByName, Pools);

        // Names are the UnknownPool rule's business: this is about selectors only.
        if (poolSelectors.Count > 0 && selectsNoPool && context.Set.Pools.Count > 0)
        {
            context.Report(family.SelectsNoPool, ad, "spec.ipAddressPoolSelectors", $"selects no IPAddressPool: no pool's labels match {Either(poolSelectors)}, so this advertisement announces nothing. Fix the selector or label the pools");
        }

        var nodes = ClusterModel.For(context);
        if (nodeSelectors.Count > 0 && nodes.HasLabels && nodes.Selected(nodeSelectors).Count == 0)
        {
            context.Report(family.SelectsNoNode, ad, "spec.nodeSelectors", $"selects none of the {nodes.NodeObjectNames.Count} given nodes ({Either(nodeSelectors)}), so no node announces its pools. Fix the selector or the node labels");
        }
    }

    private static string Either(IReadOnlyList<LabelSelector> selectors) => string.Join(" or ", selectors.Select(s => $"\"{s}\""));

    /// <summary>Each name in <paramref name="names"/> that <paramref name="known"/> lacks, saying when it exists in a namespace MetalLB does not read.</summary>
    private static void Unknown<T>(RuleContext context, RuleDescriptor rule, KubernetesObject ad, IReadOnlyList<string> names, IReadOnlyDictionary<string, IReadOnlyList<T>> known, Reference what)
        where T : KubernetesObject
    {
        var ns = context.MetalLbNamespace.Name;
        for (var i = 0; i < names.Count; i++)
        {
            if (known.ContainsKey(names[i]))
            {
                continue;
            }

            var knownNames = known.Count == 0 ? $"the input has no {what.Kind}" : $"known {what.Noun}s: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal).Take(10).Select(n => $"\"{n}\""))}";
            context.Report(rule, ad, $"spec.{what.Field}[{i}]", NamespaceScope.Elsewhere<T>(context, names[i]) is { } elsewhere
                ? $"{what.Kind} \"{names[i]}\" exists only in namespace {elsewhere}, but MetalLB runs in \"{ns}\" and looks names up only there; {what.Elsewhere}. Put the {what.Noun} in namespace {ns}"
                : $"no {what.Kind} is named \"{names[i]}\" ({knownNames}); MetalLB {what.Missing}. {what.Fix}, or add the {what.Noun} to the files you validate");
        }
    }
}
