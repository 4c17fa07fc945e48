using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// One label-selector field of one object: a list such as <c>spec.nodeSelectors</c>, or a single selector such as
/// <c>spec.preferredNodeSelectors[0].preference</c> (<paramref name="IsList"/> false: no index in its path, no
/// duplicate check). <paramref name="Name"/> is MetalLB's name for the field, used in messages.
/// </summary>
internal sealed record SelectorField(KubernetesObject Owner, string Name, string Path, IReadOnlyList<LabelSelector> Selectors, bool IsList = true)
{
    /// <summary>True for a BGPPeer read at v1beta1, whose schema restricts match expressions further.</summary>
    public bool IsV1Beta1Peer => Owner is BgpPeer { ServedVersion: "v1beta1" };

    /// <summary>The path of the selector at <paramref name="index"/>.</summary>
    public string PathOf(int index) => IsList ? $"{Path}[{index}]" : Path;
}

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
        L2Advertisement ad =>
        [
            new(ad, "ipAddressPoolSelectors", "spec.ipAddressPoolSelectors", ad.IpAddressPoolSelectors),
            new(ad, "nodeSelectors", "spec.nodeSelectors", ad.NodeSelectors),
            new(ad, "serviceSelectors", "spec.serviceSelectors", ad.ServiceSelectors),
            .. ad.PreferredNodeSelectors.Select((p, i) => (p.Preference, i)).Where(p => p.Preference is not null)
                .Select(p => new SelectorField(ad, "preferredNodeSelectors", $"spec.preferredNodeSelectors[{p.i}].preference", [p.Preference!], IsList: false)),
        ],
        _ => [],
    };

    /// <summary>Every selector field in <paramref name="set"/>.</summary>
    public static IEnumerable<SelectorField> In(ConfigurationSet set) => set.Objects.SelectMany(Of);
}
