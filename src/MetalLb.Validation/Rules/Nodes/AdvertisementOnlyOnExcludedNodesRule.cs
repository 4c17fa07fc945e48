using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB0909: every node an advertisement selects is labelled node.kubernetes.io/exclude-from-external-load-balancers,
/// so its pools are announced from nowhere (the speaker skips excluded nodes from 0.14.0 on, unless --ignore-exclude-lb).
/// </summary>
internal sealed class AdvertisementOnlyOnExcludedNodesRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0909", "Advertisement selects only nodes excluded from load balancers", RuleCategory.Nodes, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(MetalLbRelease.ExcludeLbLabelFrom, null));

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (!topology.HonorsExclusion || topology.Index.IsEmpty || topology.IsOverBudget)
        {
            return;
        }

        var ads = context.Set.BgpAdvertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "BGP"))
            .Concat(context.Set.L2Advertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "L2")));
        foreach (var (ad, selectors, how) in ads)
        {
            var selected = topology.Select(selectors);
            if (selected.Count == 0 || !selected.All(topology.IsExcluded))
            {
                continue;
            }

            var index = AdvertisementIndex.For(context);
            var pools = (ad is BgpAdvertisement b ? index.Pools(b) : index.Pools((L2Advertisement)ad)).Select(p => p.Name ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
            if (pools.Count == 0)
            {
                continue;
            }

            // Pools another advertisement of the same protocol still announces from a node without the label.
            var others = ad is BgpAdvertisement
                ? context.Set.BgpAdvertisements.Where(o => !ReferenceEquals(o, ad)).Select(o => (o.NodeSelectors, Pools: index.Pools(o)))
                : context.Set.L2Advertisements.Where(o => !ReferenceEquals(o, ad)).Select(o => (o.NodeSelectors, Pools: index.Pools(o)));
            var announcing = others.Where(o => topology.Select(o.NodeSelectors).Any(n => !topology.IsExcluded(n)))
                .SelectMany(o => o.Pools).Select(p => p.Name ?? string.Empty).ToHashSet(StringComparer.Ordinal);
            var lost = pools.Where(p => !announcing.Contains(p)).ToList();
            var kept = pools.Where(announcing.Contains).ToList();
            var effect = lost.Count == 0
                ? $"so this advertisement announces nothing (pools {string.Join(", ", kept)} are announced by {how} only through other advertisements, from their nodes)"
                : $"so pools {string.Join(", ", lost)} are announced by {how} from no node{(kept.Count == 0 ? string.Empty : $" (pools {string.Join(", ", kept)} only through other advertisements)")}";
            context.Report(
                ad,
                selectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"every node it selects ({string.Join(", ", selected)}) is labelled {NodeTopology.ExcludeFromLoadBalancersLabel}, and the speaker announces nothing from such nodes (it still opens their BGP sessions), {effect}. Select nodes without the label, remove the label from the nodes meant to announce, or run the speaker with --ignore-exclude-lb (Helm speaker.ignoreExcludeLB, MetalLB {MetalLbRelease.IgnoreExcludeLbFlagFrom} and later)");
        }
    }
}
