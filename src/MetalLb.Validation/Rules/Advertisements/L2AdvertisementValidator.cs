using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Selectors;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Advertisements;

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
