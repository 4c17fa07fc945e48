using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0812: a pool announced over BGP has IPv6 addresses, which the native speaker cannot announce.</summary>
public sealed class NativeIpv6PoolRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0812", "IPv6 pool announced over BGP in native mode", RuleCategory.Modes, Severity.Error, BackendModes.Native,
        MetalLbMessage: "pool %q has ipv6 CIDR %s, native bgp mode does not support ipv6");

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var ads = PoolAdvertisements.For(context).Of(resource);
        if (ads.Count == 0)
        {
            return;
        }

        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            if (resource.Addresses[i] is { IsValid: true, Family: AddressFamily.InterNetworkV6 } entry)
            {
                context.Report(resource, $"spec.addresses[{i}]", $"\"{entry.Text}\" is IPv6 and BGPAdvertisement \"{ads[0].Name}\" announces this pool, but the native BGP speaker announces IPv4 only; MetalLB rejects the configuration in native mode. Move IPv6 addresses to a pool no BGPAdvertisement selects (L2 only), or run MetalLB in FRR-K8s mode");
            }
        }
    }
}
