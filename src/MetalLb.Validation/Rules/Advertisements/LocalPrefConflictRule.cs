using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0309: two BGPAdvertisements announce the same routes to the same peers and nodes with different localPref.</summary>
internal sealed class LocalPrefConflictRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0309", "BGPAdvertisements set different localPref for the same routes", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid local preference %d: local preferernce %d was already set for the same type of BGP update. Check existing BGP advertisements with common pools and aggregation lengths",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var c in LocalPrefConflicts.For(context).All.Where(c => !c.NodesUnknown))
        {
            context.Report(
                c.Later,
                "spec.localPref",
                $"localPref {c.Later.LocalPref} conflicts with localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\": both announce pool {c.PoolNames} with the same aggregation, to overlapping peers, from at least one common node{(c.Guess is null ? string.Empty : $" ({c.Guess})")}, so a route would carry two LOCAL_PREF values. MetalLB rejects the configuration. Use the same localPref, or separate them by peers, nodeSelectors or aggregation length",
                severity: c.Guess is null ? null : DiagnosticSeverity.Warning);
        }
    }
}
