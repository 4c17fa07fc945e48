using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0102: a pool entry that is neither a CIDR nor a range of two IP addresses.</summary>
internal sealed class PoolAddressSyntaxRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0102", "Pool address is not a valid CIDR or range", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid CIDR %q in pool %q: invalid CIDR %q / invalid IP range %q: invalid start IP %q");

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            var entry = resource.Addresses[i];
            var message = entry.Problem switch
            {
                PoolAddressProblem.InvalidCidr => $"\"{entry.Text}\" is not a valid CIDR{CidrHint(entry.Text)}",
                PoolAddressProblem.InvalidRangeStart => $"range \"{entry.Text}\" has an invalid start address \"{entry.RangeStart}\"",
                PoolAddressProblem.InvalidRangeEnd => $"range \"{entry.Text}\" has an invalid end address \"{entry.RangeEnd}\"",
                _ => null,
            };
            if (message is not null)
            {
                context.Report(resource, $"spec.addresses[{i}]", message);
            }
        }
    }

    private static string CidrHint(string text)
    {
        if (text.Trim() != text)
        {
            return "; remove the surrounding spaces (MetalLB does not trim CIDRs)";
        }

        if (GoIp.TryParse(text, out var address) && address is not null)
        {
            return $"; a single address needs a prefix length: {text}/{IpMath.Width(address.AddressFamily)}";
        }

        return "; write address/prefix-length (10.0.0.0/24) or start-end (10.0.0.10-10.0.0.20)";
    }
}
