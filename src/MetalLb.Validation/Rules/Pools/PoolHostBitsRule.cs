using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0107: a CIDR with host bits set (<c>10.0.0.5/24</c>), which MetalLB silently widens to the whole network.</summary>
internal sealed class PoolHostBitsRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0107", "Pool CIDR has host bits set and covers the whole network", RuleCategory.Pools, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            var entry = resource.Addresses[i];
            if (entry.HasHostBits)
            {
                var network = $"{IpMath.ToAddress(entry.First, entry.Family)}/{entry.Text[(entry.Text.IndexOf('/', StringComparison.Ordinal) + 1)..]}";
                context.Report(resource, $"spec.addresses[{i}]", $"\"{entry.Text}\" has host bits set; MetalLB uses the whole network {network} ({entry.Size} addresses). Write {network}, or a range if you meant fewer addresses");
            }
        }
    }
}
