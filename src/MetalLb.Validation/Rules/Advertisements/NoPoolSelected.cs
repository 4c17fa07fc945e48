using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>Reports an advertisement whose pool selectors match no pool (names are MLB0311/MLB0403's business).</summary>
internal static class NoPoolSelected
{
    public static void Report(RuleContext context, KubernetesObject ad, IReadOnlyList<IpAddressPool> selected, IReadOnlyList<LabelSelector> selectors)
    {
        if (selectors.Count == 0 || selected.Count > 0 || context.Set.Pools.Count == 0)
        {
            return;
        }

        context.Report(ad, "spec.ipAddressPoolSelectors", $"selects no IPAddressPool: no pool's labels match {string.Join(" or ", selectors.Select(s => $"\"{s}\""))}, so this advertisement announces nothing. Fix the selector or label the pools");
    }
}
