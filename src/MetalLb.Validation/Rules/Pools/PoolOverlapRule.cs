using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0104: a pool entry shares addresses with an entry defined before it, in the same pool or another. Every such
/// entry is reported once, naming one earlier entry it overlaps; O(n log n) instead of MetalLB's all-pairs check.
/// </summary>
public sealed class PoolOverlapRule : Rule, IIncrementalRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0104", "Pool addresses overlap", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "CIDR %q in pool %q overlaps with already defined CIDR %q");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(IpAddressPool)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (later, earlier) in OverlapFinder.Find(PoolEntry.All(context)))
        {
            Report(context, later, earlier);
        }
    }

    /// <inheritdoc />
    public object? Prepare(ConfigurationSet snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new PoolEntryIndex(PoolEntry.All(snapshot.Pools));
    }

    /// <inheritdoc />
    public void CheckChanges(ConfigurationChange change, object? prepared, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var index = (PoolEntryIndex)prepared!;
        var changed = PoolEntry.All(change.Changed.OfType<IpAddressPool>().Where(context.IsReadByMetalLb));

        // Among the changed pools themselves, as in a full run; then each changed entry not yet reported against the snapshot.
        var reported = new HashSet<int>();
        foreach (var (later, earlier) in OverlapFinder.Find(changed))
        {
            Report(context, later, earlier);
            reported.Add(later.Order);
        }

        foreach (var entry in changed)
        {
            if (!reported.Contains(entry.Order) && index.FirstOverlap(entry, change.Replaced) is { } other)
            {
                Report(context, entry, other);
            }
        }
    }

    private static void Report(RuleContext context, PoolEntry later, PoolEntry earlier)
    {
        var where = ReferenceEquals(later.Pool, earlier.Pool) ? "in the same pool" : $"in IPAddressPool \"{earlier.Pool.Name}\"";
        var family = later.Address.Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
        context.Report(
            later.Pool,
            $"spec.addresses[{later.Index}]",
            $"\"{later.Address.Text}\" overlaps \"{earlier.Address.Text}\" {where} ({family}); MetalLB rejects the whole configuration. Give each address to one pool only");
    }
}
