using System.Linq.Expressions;
using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Selectors;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>A BGPAdvertisement's own fields: aggregation lengths, repeated names, serviceSelectors with aggregation.</summary>
internal sealed class BgpAdvertisementValidator : ResourceValidator<BgpAdvertisement>
{
    public BgpAdvertisementValidator()
    {
        // The schema says 1 or more for IPv4 (MetalLB's code would accept less); nothing rejects aggregationLengthV6 < 1
        // until an IPv6 pool is advertised.
        Length(MetalLbRules.AggregationLengthBelowOne, a => a.AggregationLength, "aggregationLength", v => v.GreaterThanOrEqualTo(1), "is below 1; the API server rejects it. Use a prefix length from 1 to 32, or leave it out for 32 (one route per service IP)");
        Length(MetalLbRules.AggregationLengthAbove32, a => a.AggregationLength, "aggregationLength", v => v.LessThanOrEqualTo(32), "is longer than an IPv4 address (32 bits); MetalLB rejects the configuration. Use 1 to 32; for IPv6 pools set aggregationLengthV6 instead");
        Length(MetalLbRules.AggregationLengthV6Above128, a => a.AggregationLengthV6, "aggregationLengthV6", v => v.LessThanOrEqualTo(128), "is longer than an IPv6 address (128 bits); MetalLB rejects the configuration. Use 1 to 128, or leave it out for 128");
        Length(MetalLbRules.AggregationLengthV6NotPositive, a => a.AggregationLengthV6, "aggregationLengthV6", v => v.GreaterThanOrEqualTo(1), "is not a usable prefix length; MetalLB accepts it only while no IPv6 pool is advertised and rejects the configuration as soon as one is. Use a length from 1 to 128 no shorter than the prefixes of the IPv6 pools it advertises (a /64 pool needs 64 or more), or leave it out for 128");
        Check(MetalLbRules.BgpAdvertisementDuplicatePool, (a, failures) => Duplicates(failures, a.IpAddressPools, "ipAddressPools"));
        Check(MetalLbRules.BgpAdvertisementDuplicatePeer, (a, failures) => Duplicates(failures, a.Peers, "peers"));
        Check(MetalLbRules.ServiceSelectorsWithAggregation, (a, failures) =>
        {
            foreach (var (field, value, single) in a.ServiceSelectors.Count == 0 ? [] : new[] { ("aggregationLength", a.AggregationLength, 32L), ("aggregationLengthV6", a.AggregationLengthV6, 128L) })
            {
                if (value is { } length && length != single)
                {
                    failures.Add($"spec.{field}", $"{field} {length} cannot be used with serviceSelectors: an aggregate route covers services the selectors do not pick. Remove {field} (or set {single}), or split into two advertisements");
                }
            }
        });
    }

    /// <summary>Each repeat of a name in the list <paramref name="field"/>, at the repeat (MetalLB rejects them).</summary>
    internal static void Duplicates(Failures failures, IReadOnlyList<string> values, string field)
    {
        foreach (var (i, first) in ListDuplicates.In(values))
        {
            failures.Add($"spec.{field}[{i}]", $"\"{values[i]}\" is listed twice in spec.{field} (first at index {first}); MetalLB rejects the configuration. Remove the repeat.");
        }
    }

    private void Length(RuleDescriptor rule, Expression<Func<BgpAdvertisement, long?>> field, string name, Func<IRuleBuilderInitial<BgpAdvertisement, long?>, IRuleBuilderOptions<BgpAdvertisement, long?>> constraint, string problem) =>
        Rule(rule, field, $"spec.{name}", constraint).WithMessage((_, length) => $"{name} {length} {problem}");
}

/// <summary>An L2Advertisement's own fields: repeated pools, interface names, node preferences.</summary>
internal sealed class L2AdvertisementValidator : ResourceValidator<L2Advertisement>
{
    public L2AdvertisementValidator()
    {
        Check(MetalLbRules.L2AdvertisementDuplicatePool, (a, failures) => BgpAdvertisementValidator.Duplicates(failures, a.IpAddressPools, "ipAddressPools"));
        Check(MetalLbRules.L2EmptyInterfaceName, (a, failures) =>
        {
            foreach (var (name, i) in a.Interfaces.Select((n, i) => (n, i)).Where(x => string.IsNullOrWhiteSpace(x.n) || x.n.Trim() != x.n))
            {
                failures.Add($"spec.interfaces[{i}]", $"interface name \"{name}\" is empty or has surrounding spaces and matches no interface; MetalLB accepts it. Write the interface name exactly (eth0), or drop spec.interfaces to announce on all interfaces");
            }
        });

        // MetalLB does not check; a repeat usually hides a typo. Empty names are MLB0407's.
        Check(MetalLbRules.L2DuplicateInterface, (a, failures) =>
        {
            foreach (var (i, first) in ListDuplicates.In(a.Interfaces).Where(d => a.Interfaces[d.Index].Length > 0))
            {
                failures.Add($"spec.interfaces[{i}]", $"interface \"{a.Interfaces[i]}\" is already listed at index {first}; MetalLB accepts the repeat, which usually hides a typo for another interface. Remove it or fix the name");
            }
        });

        // No release up to 0.16.1 has preferredNodeSelectors (the loader drops it and reports MLB0005): this applies to releases that add it.
        Check(MetalLbRules.L2NodePreferenceInvalid, (a, failures) =>
        {
            for (var i = 0; i < a.PreferredNodeSelectors.Count; i++)
            {
                var path = $"spec.preferredNodeSelectors[{i}]";
                if (a.PreferredNodeSelectors[i].Weight is not { } weight)
                {
                    failures.Add(path, "preferredNodeSelectors entry has no weight; the API server rejects it. Add weight: 1 to 100 (higher wins)");
                }
                else if (weight is < 1 or > 100)
                {
                    failures.Add($"{path}.weight", $"weight {weight} is outside 1 to 100; the API server rejects it. Use a value from 1 to 100 (higher wins)");
                }

                if (a.PreferredNodeSelectors[i].Preference is null)
                {
                    failures.Add(path, "preferredNodeSelectors entry has no preference; the API server rejects it. Add preference: with matchLabels or matchExpressions naming the preferred nodes");
                }
            }
        });
    }
}
