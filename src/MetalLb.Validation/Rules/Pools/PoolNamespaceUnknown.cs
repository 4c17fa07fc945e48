using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0111: a serviceAllocation namespace that is not among the Namespaces given. Runs only when the input holds
/// Namespaces; MetalLB does not check the names.
/// </summary>
internal static class PoolNamespaceUnknown
{
    public static Rule Rule { get; } = Rule.ForEach<IpAddressPool>(MetalLbRules.PoolNamespaceUnknown, Check, comparesWithConfiguration: true);

    private static void Check(IpAddressPool pool, RuleContext context)
    {
        if (context.Set.Namespaces.Count == 0)
        {
            return;
        }

        var known = context.Set.Namespaces.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var namespaces = IpAddressPoolValidator.Namespaces(pool);
        for (var i = 0; i < namespaces.Count; i++)
        {
            if (!known.Contains(namespaces[i]))
            {
                context.Report(MetalLbRules.PoolNamespaceUnknown, pool, $"spec.serviceAllocation.namespaces[{i}]",
                    $"namespace \"{namespaces[i]}\" is not among the {known.Count} Namespaces given, so the pool serves no Service there until it is created; check the spelling");
            }
        }
    }
}
