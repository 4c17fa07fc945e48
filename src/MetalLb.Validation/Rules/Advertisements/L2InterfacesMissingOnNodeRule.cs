using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0408: an L2Advertisement with <c>interfaces</c> selects a node that has none of them (its interfaces are known).
/// The speaker's election (<c>speaker/layer2_controller.go</c>, <c>ShouldAnnounce</c>) ignores interfaces, so the
/// node still wins its share of the pool's addresses; then <c>SetBalancer</c> finds none of the listed interfaces
/// among the node's (<c>IPAdvertisement.MatchInterfaces</c>), emits an <c>announceFailed</c> event and announces
/// nothing. Another L2Advertisement selecting the same pool and node with all interfaces, or with one the node has,
/// rescues it (MetalLB merges the interfaces of every advertisement of the node).
/// </summary>
internal sealed class L2InterfacesMissingOnNodeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0408", "L2Advertisement's interfaces do not exist on a selected node", RuleCategory.Advertisements, Severity.Error,
        MetalLbMessage: "the interfaces specified by LB IP %q doesn't exist in assigned node %q with protocol %q",
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(L2Advertisement)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (topology.IsOverBudget)
        {
            return;
        }

        var index = AdvertisementIndex.For(context);
        foreach (var ad in context.Set.L2Advertisements.Where(a => a.Interfaces.Count > 0 && context.IsInScope(a)))
        {
            var pools = index.Pools(ad);
            if (pools.Count == 0)
            {
                continue;
            }

            foreach (var name in topology.Select(ad.NodeSelectors))
            {
                if (topology.Node(name) is not { HasInterfaces: true } node)
                {
                    continue;
                }

                var present = node.Interfaces.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
                if (ad.Interfaces.Any(present.Contains))
                {
                    continue;
                }

                var stranded = pools.Where(pool => !context.Set.L2Advertisements.Any(other =>
                    !ReferenceEquals(other, ad)
                    && (other.Interfaces.Count == 0 || other.Interfaces.Any(present.Contains))
                    && topology.SelectedNodes(other.NodeSelectors).Contains(name)
                    && index.Pools(other).Contains(pool))).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                if (stranded.Count == 0)
                {
                    continue;
                }

                var has = present.Order(StringComparer.Ordinal).ToList();
                context.Report(
                    ad,
                    "spec.interfaces",
                    $"node {name} has none of the interfaces listed ({string.Join(", ", ad.Interfaces)}); it has {string.Join(", ", has.Take(8))}{(has.Count > 8 ? ", ..." : string.Empty)} (from {node.InterfaceOrigin}). The layer 2 election ignores interfaces, so {name} still wins some addresses of pool {string.Join(", ", stranded)}, then finds no listed interface, reports 'announceFailed' on the Service and announces nothing: those Services are unreachable. List the interface {name} uses on that network, or leave {name} out with spec.nodeSelectors",
                    name);
            }
        }
    }
}
