using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0310: a localPref conflict MLB0309 would report if the two advertisements shared a node, but the input has no
/// Node objects. MetalLB computes node sets from the cluster's nodes; with none, it sees no conflict.
/// </summary>
internal sealed class LocalPrefConflictWithoutNodesRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0310", "localPref conflict depends on nodes that were not given", RuleCategory.Advertisements, DiagnosticSeverity.Info,
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var c in LocalPrefConflicts.For(context).All.Where(c => c.NodesUnknown))
        {
            var scope = c.Later.NodeSelectors.Count == 0 && c.Earlier.NodeSelectors.Count == 0
                ? "Neither has nodeSelectors, so in any cluster with a node MetalLB rejects this"
                : "MetalLB rejects this if some node matches the nodeSelectors of both";
            context.Report(
                c.Later,
                "spec.localPref",
                $"localPref {c.Later.LocalPref} differs from localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\" for pool {c.PoolNames}, with the same aggregation and overlapping peers. No Node objects or interface data were given, and MetalLB treats an empty node list as \"no common node\", so it accepts this here. {scope}. Add the cluster's Node objects (kubectl get nodes -o yaml) to decide");
        }
    }
}
