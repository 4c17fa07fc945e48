using System.Net.Sockets;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0104: a pool entry shares addresses with an entry defined before it, in the same pool or another. Every such
/// entry is reported once, naming one earlier entry it overlaps; O(n log n) instead of MetalLB's all-pairs check.
/// </summary>
internal static class PoolOverlap
{
    public static Rule Rule { get; } = Rule.ForSet(MetalLbRules.PoolOverlap, context =>
    {
        foreach (var (later, earlier) in OverlapFinder.Find(PoolEntry.All(context)))
        {
            var where = ReferenceEquals(later.Pool, earlier.Pool) ? "in the same pool" : $"in IPAddressPool \"{earlier.Pool.Name}\"";
            var family = later.Address.Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
            context.Report(MetalLbRules.PoolOverlap, later.Pool, $"spec.addresses[{later.Index}]",
                $"\"{later.Address.Text}\" overlaps \"{earlier.Address.Text}\" {where} ({family}); MetalLB rejects the whole configuration. Give each address to one pool only");
        }
    });
}
