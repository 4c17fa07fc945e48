using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// MLB0812: a pool announced over BGP has IPv6 addresses, which the native speaker cannot announce. From 0.14.9
/// MetalLB checks only the pools a BGPAdvertisement selects (<c>findIPv6BGPAdvertisement</c> with
/// <c>poolSelectorsForBGP</c>); up to 0.14.8 it rejects every IPv6 pool as soon as any BGPAdvertisement exists.
/// </summary>
internal sealed class NativeIpv6PoolRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0812", "IPv6 pool announced over BGP in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "pool %q has ipv6 CIDR %s, native bgp mode does not support ipv6");

    /// <summary>The first release that checks only the pools a BGPAdvertisement selects.</summary>
    internal static Version SelectedPoolsOnlyFrom { get; } = new(0, 14, 9);

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var release = context.Options.MetalLbVersion;
        var selectedOnly = release >= SelectedPoolsOnlyFrom;
        var ads = selectedOnly ? PoolAdvertisements.For(context).Of(resource) : context.Set.BgpAdvertisements;
        if (ads.Count == 0)
        {
            return;
        }

        var why = selectedOnly
            ? $"BGPAdvertisement \"{ads[0].Name}\" announces this pool"
            : $"the configuration has BGPAdvertisement \"{ads[0].Name}\", and MetalLB {release} in native mode rejects every IPv6 pool once any BGPAdvertisement exists, even a pool only announced by L2 ({SelectedPoolsOnlyFrom} and later check only the pools a BGPAdvertisement selects)";
        var fix = selectedOnly
            ? $"Move IPv6 addresses to a pool no BGPAdvertisement selects (L2 only), or {FrrModeAdvice.RunInFrr(release)}"
            : $"Remove the IPv6 addresses from the pools, or {FrrModeAdvice.RunInFrr(release)}, or upgrade MetalLB to {SelectedPoolsOnlyFrom} or later and keep IPv6 in a pool no BGPAdvertisement selects";

        for (var i = 0; i < resource.Addresses.Count; i++)
        {
            if (resource.Addresses[i] is { IsValid: true, Family: AddressFamily.InterNetworkV6 } entry)
            {
                context.Report(resource, $"spec.addresses[{i}]", $"\"{entry.Text}\" is IPv6 and {why}, but the native BGP speaker announces IPv4 only; MetalLB rejects the configuration in native mode. {fix}");
            }
        }
    }
}
