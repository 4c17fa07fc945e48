using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0103: a range whose start comes after its end.</summary>
internal sealed class PoolRangeOrderRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0103", "Pool range starts after it ends", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid IP range %q: start IP %q is after the end IP %q");

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            var entry = resource.Addresses[i];
            if (entry.Problem == PoolAddressProblem.StartAfterEnd)
            {
                context.Report(resource, $"spec.addresses[{i}]", $"range \"{entry.Text}\" starts at {entry.RangeStart}, after its end {entry.RangeEnd}; write it as {entry.RangeEnd}-{entry.RangeStart}");
            }
        }
    }
}
