using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0105: two IPAddressPools with the same namespace and name; the later one would replace the earlier.</summary>
public sealed class PoolDuplicateNameRule : Rule, IIncrementalRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0105", "IPAddressPool defined twice", RuleCategory.Pools, Severity.Error,
        MetalLbMessage: "duplicate definition of pool %q");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(IpAddressPool)];

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

    /// <inheritdoc />
    public object? Prepare(ConfigurationSet snapshot) => null;

    /// <inheritdoc />
    /// <remarks>A changed pool replaces the snapshot's pools of its name, so only changed pools can clash.</remarks>
    public void CheckChanges(ConfigurationChange change, object? prepared, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var seen = new Dictionary<(string?, string), IpAddressPool>();
        foreach (var pool in change.Changed.OfType<IpAddressPool>())
        {
            if (pool.Name is not null && !seen.TryAdd((pool.Metadata.Namespace, pool.Name), pool))
            {
                context.Report(pool, "metadata.name", $"IPAddressPool \"{pool.Name}\" is already defined at {seen[(pool.Metadata.Namespace, pool.Name)].Location}; applying both keeps only the last one");
            }
        }
    }
}
