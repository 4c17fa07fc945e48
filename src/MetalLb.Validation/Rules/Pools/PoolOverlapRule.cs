using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0104: a pool entry shares addresses with an entry defined before it, in the same pool or another. Every such
/// entry is reported once, naming one earlier entry it overlaps; O(n log n) instead of MetalLB's all-pairs check.
/// </summary>
internal sealed class PoolOverlapRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0104", "Pool addresses overlap", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "CIDR %q in pool %q overlaps with already defined CIDR %q");

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (later, earlier) in OverlapFinder.Find(PoolEntry.All(context)))
        {
            Report(context, later, earlier);
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
