using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0106: a range from an IPv4 to an IPv6 address, which MetalLB accepts and turns into no addresses at all.</summary>
internal sealed class PoolMixedFamilyRangeRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0106", "Pool range mixes IPv4 and IPv6 and yields no addresses", RuleCategory.Pools, DiagnosticSeverity.Error);

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            var entry = resource.Addresses[i];
            if (entry.Problem == PoolAddressProblem.MixedFamilies)
            {
                context.Report(resource, $"spec.addresses[{i}]", $"range \"{entry.Text}\" goes from one address family to the other; MetalLB accepts it silently but allocates no address from it. Use one range per family");
            }
        }
    }
}
