using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>Every label-selector field of every MetalLB kind, with its path: the one place that knows where selectors live.</summary>
internal static class SelectorFields
{
    /// <summary>The selector fields of <paramref name="resource"/>; none for kinds without selectors.</summary>
    public static IEnumerable<SelectorField> Of(KubernetesObject resource) => resource switch
    {
        BgpPeer peer => [new(peer, "nodeSelectors", "spec.nodeSelectors", peer.NodeSelectors)],
        IpAddressPool { ServiceAllocation: { } allocation } pool =>
        [
            new(pool, "namespaceSelectors", "spec.serviceAllocation.namespaceSelectors", allocation.NamespaceSelectors),
            new(pool, "serviceSelectors", "spec.serviceAllocation.serviceSelectors", allocation.ServiceSelectors),
        ],
        BgpAdvertisement ad =>
        [
            new(ad, "ipAddressPoolSelectors", "spec.ipAddressPoolSelectors", ad.IpAddressPoolSelectors),
            new(ad, "nodeSelectors", "spec.nodeSelectors", ad.NodeSelectors),
            new(ad, "serviceSelectors", "spec.serviceSelectors", ad.ServiceSelectors),
        ],
        L2Advertisement ad => L2(ad),
        _ => [],
    };

    /// <summary>Every selector field in <paramref name="set"/>.</summary>
    public static IEnumerable<SelectorField> In(ConfigurationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Objects.SelectMany(Of);
    }

    private static IEnumerable<SelectorField> L2(L2Advertisement ad)
    {
        yield return new(ad, "ipAddressPoolSelectors", "spec.ipAddressPoolSelectors", ad.IpAddressPoolSelectors);
        yield return new(ad, "nodeSelectors", "spec.nodeSelectors", ad.NodeSelectors);
        yield return new(ad, "serviceSelectors", "spec.serviceSelectors", ad.ServiceSelectors);
        for (var i = 0; i < ad.PreferredNodeSelectors.Count; i++)
        {
            if (ad.PreferredNodeSelectors[i].Preference is { } preference)
            {
                yield return new(ad, "preferredNodeSelectors", $"spec.preferredNodeSelectors[{i}].preference", [preference], IsList: false);
            }
        }
    }
}
