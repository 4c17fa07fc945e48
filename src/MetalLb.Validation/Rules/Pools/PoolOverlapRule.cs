using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0104: two pool entries share addresses, within one pool or across pools. One sorted sweep over all entries
/// (O(n log n)) instead of MetalLB's comparison of every CIDR with every other.
/// </summary>
public sealed class PoolOverlapRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0104", "Pool addresses overlap", RuleCategory.Pools, Severity.Error,
        MetalLbMessage: "CIDR %q in pool %q overlaps with already defined CIDR %q");

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = new List<(IpAddressPool Pool, int Index, PoolAddress Address)>();
        foreach (var pool in context.Set.Pools)
        {
            for (var i = 0; i < pool.Addresses.Count; i++)
            {
                if (pool.Addresses[i].IsValid)
                {
                    entries.Add((pool, i, pool.Addresses[i]));
                }
            }
        }

        entries.Sort((a, b) => a.Address.Family != b.Address.Family
            ? a.Address.Family.CompareTo(b.Address.Family)
            : a.Address.First != b.Address.First ? a.Address.First.CompareTo(b.Address.First) : b.Address.Last.CompareTo(a.Address.Last));

        (IpAddressPool Pool, int Index, PoolAddress Address)? reach = null;
        foreach (var entry in entries)
        {
            if (reach is { } r && r.Address.Family == entry.Address.Family && entry.Address.First <= r.Address.Last)
            {
                Report(context, r, entry);
                if (entry.Address.Last > r.Address.Last)
                {
                    reach = entry;
                }

                continue;
            }

            reach = entry;
        }
    }

    private static void Report(RuleContext context, (IpAddressPool Pool, int Index, PoolAddress Address) a, (IpAddressPool Pool, int Index, PoolAddress Address) b)
    {
        // Report at whichever entry comes later in the input, naming the earlier one.
        var (later, earlier) = IsBefore(a.Address.Location, b.Address.Location) ? (b, a) : (a, b);
        var where = ReferenceEquals(later.Pool, earlier.Pool) ? "in the same pool" : $"in IPAddressPool \"{earlier.Pool.Name}\"";
        var family = later.Address.Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
        context.Report(
            later.Pool,
            $"spec.addresses[{later.Index}]",
            $"\"{later.Address.Text}\" overlaps \"{earlier.Address.Text}\" {where} ({family}); MetalLB rejects the whole configuration. Give each address to one pool only");
    }

    private static bool IsBefore(SourceSpan x, SourceSpan y) =>
        string.CompareOrdinal(x.File, y.File) is var c && (c < 0 || (c == 0 && (x.Line < y.Line || (x.Line == y.Line && x.Column < y.Column))));
}
