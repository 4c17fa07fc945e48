using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0101: an IPAddressPool without addresses.</summary>
internal sealed class PoolHasNoAddressesRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0101", "IPAddressPool has no addresses", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "pool has no prefixes defined");

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.Addresses.Count == 0 && !resource.IsUnknown("spec.addresses"))
        {
            context.Report(resource, "spec.addresses", "spec.addresses is missing or empty; list at least one CIDR (10.0.0.0/24) or range (10.0.0.10-10.0.0.20)");
        }
    }
}
