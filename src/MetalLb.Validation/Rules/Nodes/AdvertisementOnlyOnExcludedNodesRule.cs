using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB0909: every node an advertisement selects is labelled node.kubernetes.io/exclude-from-external-load-balancers,
/// so its pools are announced from nowhere (the speaker skips excluded nodes from 0.14.0 on, unless --ignore-exclude-lb).
/// </summary>
internal sealed class AdvertisementOnlyOnExcludedNodesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0909", "Advertisement selects only nodes excluded from load balancers", RuleCategory.Nodes, Severity.Warning,
        Releases: new ReleaseRange(MetalLbRelease.ExcludeLbLabelFrom, null));

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(BgpAdvertisement), typeof(L2Advertisement)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (!topology.HonorsExclusion || topology.Index.IsEmpty || topology.IsOverBudget)
        {
            return;
        }

        var ads = context.Set.BgpAdvertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "BGP"))
            .Concat(context.Set.L2Advertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "L2")));
        foreach (var (ad, selectors, how) in ads.Where(a => context.IsInScope(a.Item1)))
        {
            var selected = topology.Select(selectors);
            if (selected.Count == 0 || !selected.All(topology.IsExcluded))
            {
                continue;
            }

            var pools = string.Join(", ", (ad is BgpAdvertisement b ? AdvertisementIndex.For(context).Pools(b) : AdvertisementIndex.For(context).Pools((L2Advertisement)ad)).Select(p => p.Name).Distinct(StringComparer.Ordinal));
            if (pools.Length == 0)
            {
                continue;
            }

            context.Report(
                ad,
                selectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"every node it selects ({string.Join(", ", selected)}) is labelled {NodeTopology.ExcludeFromLoadBalancersLabel}, and the speaker announces nothing from such nodes (it still opens their BGP sessions), so pools {pools} are announced by {how} from no node. Select nodes without the label, remove the label from the nodes meant to announce, or run the speaker with --ignore-exclude-lb (Helm speaker.ignoreExcludeLB, MetalLB 0.14.4 and later)");
        }
    }
}
