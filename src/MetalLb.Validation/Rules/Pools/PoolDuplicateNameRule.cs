using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0105: two IPAddressPools with the same namespace and name; the later one would replace the earlier.</summary>
public sealed class PoolDuplicateNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0105", "IPAddressPool defined twice", RuleCategory.Pools, Severity.Error,
        MetalLbMessage: "duplicate definition of pool %q");

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new Dictionary<(string?, string), IpAddressPool>();
        foreach (var pool in context.Set.Pools)
        {
            if (pool.Name is null)
            {
                continue;
            }

            if (!seen.TryAdd((pool.Metadata.Namespace, pool.Name), pool))
            {
                var first = seen[(pool.Metadata.Namespace, pool.Name)];
                context.Report(pool, "metadata.name", $"IPAddressPool \"{pool.Name}\" is already defined at {first.Location}; applying both keeps only the last one");
            }
        }
    }
}
