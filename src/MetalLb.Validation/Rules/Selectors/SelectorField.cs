using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// One label-selector field of one object: a list such as <c>spec.nodeSelectors</c>, or a single selector such as
/// <c>spec.preferredNodeSelectors[0].preference</c>.
/// </summary>
/// <param name="Owner">The object holding the field.</param>
/// <param name="Name">MetalLB's name for the field, used in messages (<c>nodeSelectors</c>).</param>
/// <param name="Path">The field path.</param>
/// <param name="Selectors">The selectors, in input order.</param>
/// <param name="IsList">False for a single selector (no index in its path, no duplicate check).</param>
internal sealed record SelectorField(KubernetesObject Owner, string Name, string Path, IReadOnlyList<LabelSelector> Selectors, bool IsList = true)
{
    /// <summary>True for a BGPPeer read at v1beta1, whose schema restricts match expressions further.</summary>
    public bool IsV1Beta1Peer => Owner is BgpPeer { ServedVersion: "v1beta1" };

    /// <summary>The path of the selector at <paramref name="index"/>.</summary>
    public string PathOf(int index) => IsList ? $"{Path}[{index}]" : Path;
}
