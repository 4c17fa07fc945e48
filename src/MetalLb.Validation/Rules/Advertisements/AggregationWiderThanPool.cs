using System.Net.Sockets;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0308: the aggregation length is shorter than a selected pool entry's widest prefix, so the aggregate would
/// cover addresses outside the pool. Unlike MetalLB, the message gives the length of the entry's own family.
/// </summary>
internal static class AggregationWiderThanPool
{
    public static Rule Rule { get; } = Rule.ForEach<BgpAdvertisement>(MetalLbRules.AggregationWiderThanPool, Check, comparesWithConfiguration: true);

    private static void Check(BgpAdvertisement ad, RuleContext context)
    {
        foreach (var pool in AdvertisementIndex.For(context).Pools(ad))
        {
            foreach (var entry in pool.Addresses.Where(a => a.IsValid))
            {
                var v6 = entry.Family == AddressFamily.InterNetworkV6;
                var length = v6 ? ad.AggregationLengthV6 ?? 128 : ad.AggregationLength ?? 32;
                // Checked first: an entry is never wider than a full-length aggregate, and finding its widest prefix costs.
                if (length < (v6 ? 128 : 32) && length < entry.WidestPrefixLength)
                {
                    var field = v6 ? "aggregationLengthV6" : "aggregationLength";
                    context.Report(
                        MetalLbRules.AggregationWiderThanPool,
                        ad,
                        $"spec.{field}",
                        $"{field} {length} would announce more than IPAddressPool \"{pool.Name}\" owns: its entry \"{entry.Text}\" is no wider than /{entry.WidestPrefixLength}, so a /{length} aggregate covers addresses outside the pool. MetalLB rejects the configuration. Set {field} to {entry.WidestPrefixLength} or more, or select fewer pools");
                }
            }
        }
    }
}
