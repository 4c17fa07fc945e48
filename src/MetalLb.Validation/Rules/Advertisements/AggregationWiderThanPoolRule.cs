using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0308: the aggregation length is shorter than a selected pool entry's widest prefix, so the aggregate would
/// cover addresses outside the pool. Unlike MetalLB, the message gives the length of the entry's own family.
/// </summary>
internal sealed class AggregationWiderThanPoolRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0308", "Aggregation length is wider than a selected pool's addresses", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %d: prefix %d in this pool is more specific than the aggregation length for addresses %s");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var pool in AdvertisementIndex.For(context).Pools(resource))
        {
            foreach (var entry in pool.Addresses.Where(a => a.IsValid))
            {
                var v6 = entry.Family == AddressFamily.InterNetworkV6;
                var length = v6 ? resource.AggregationLengthV6 ?? 128 : resource.AggregationLength ?? 32;
                // Checked first: an entry is never wider than a full-length aggregate, and finding its widest prefix costs.
                if (length < (v6 ? 128 : 32) && length < entry.WidestPrefixLength)
                {
                    var field = v6 ? "aggregationLengthV6" : "aggregationLength";
                    context.Report(
                        resource,
                        $"spec.{field}",
                        $"{field} {length} would announce more than IPAddressPool \"{pool.Name}\" owns: its entry \"{entry.Text}\" is no wider than /{entry.WidestPrefixLength}, so a /{length} aggregate covers addresses outside the pool. MetalLB rejects the configuration. Set {field} to {entry.WidestPrefixLength} or more, or select fewer pools");
                }
            }
        }
    }
}
