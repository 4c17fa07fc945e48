using FluentValidation;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Advertisements;
using MetalLb.Validation.Rules.Bfd;
using MetalLb.Validation.Rules.Communities;
using MetalLb.Validation.Rules.Pools;

using MetalLb.Validation.Rules.Peers;

namespace MetalLb.Validation;

/// <summary>
/// The field rules of each MetalLB kind as FluentValidation validators, for objects built in code: each failure's
/// <c>ErrorCode</c> is the rule id (<see cref="MetalLbRules"/>), its <c>PropertyName</c> the manifest path. Pass the
/// run's options with <see cref="ValidatorExtensions.Validate{T}(IValidator{T}, T, ValidationOptions)"/>; without
/// them a validator checks for <see cref="ValidationOptions.Default"/>. Rules that compare objects with one another
/// need the whole configuration: use <see cref="MetalLbValidator"/> for those.
/// </summary>
public static class MetalLbValidators
{
    /// <summary>BFDProfile: value ranges.</summary>
    public static IValidator<BfdProfile> BfdProfile { get; } = new BfdProfileValidator();

    /// <summary>IPAddressPool: address syntax, ranges and CIDRs, and serviceAllocation (namespaces, priority).</summary>
    public static IValidator<IpAddressPool> IpAddressPool { get; } = new IpAddressPoolValidator();

    /// <summary>Community: each alias's value, and alias names that read as another community value.</summary>
    public static IValidator<Community> Community { get; } = new CommunityValidator();

    /// <summary>BGPAdvertisement: aggregation lengths, repeated pools and peers, serviceSelectors with aggregation.</summary>
    public static IValidator<BgpAdvertisement> BgpAdvertisement { get; } = new BgpAdvertisementValidator();

    /// <summary>L2Advertisement: repeated pools, interface names, node preferences.</summary>
    public static IValidator<L2Advertisement> L2Advertisement { get; } = new L2AdvertisementValidator();

    /// <summary>BGPPeer: ASNs, addresses, ports, timers, router ID, device names, password fields, the v1beta1 rules and the fields a backend mode rejects or ignores.</summary>
    public static IValidator<BgpPeer> BgpPeer { get; } = new BgpPeerValidator();
}
