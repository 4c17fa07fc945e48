using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: BGP and L2 advertisements.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0301: the same pool name twice in a BGPAdvertisement's ipAddressPools.</summary>
    public static RuleDescriptor BgpAdvertisementDuplicatePool { get; } = new(
        "MLB0301", "BGPAdvertisement lists a pool twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of ipAddressPools %q");

    /// <summary>MLB0302: the same peer name twice in a BGPAdvertisement's peers.</summary>
    public static RuleDescriptor BgpAdvertisementDuplicatePeer { get; } = new(
        "MLB0302", "BGPAdvertisement lists a peer twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of peers %q");

    /// <summary>MLB0303: aggregationLength below 1, which the CRD schema rejects (MetalLB's own code would accept it).</summary>
    public static RuleDescriptor AggregationLengthBelowOne { get; } = new(
        "MLB0303", "BGPAdvertisement aggregationLength is below 1", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.aggregationLength: Invalid value: ...: spec.aggregationLength in body should be greater than or equal to 1");

    /// <summary>MLB0304: aggregationLength above 32.</summary>
    public static RuleDescriptor AggregationLengthAbove32 { get; } = new(
        "MLB0304", "BGPAdvertisement aggregationLength is above 32", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %q for IPv4");

    /// <summary>MLB0305: aggregationLengthV6 above 128.</summary>
    public static RuleDescriptor AggregationLengthV6Above128 { get; } = new(
        "MLB0305", "BGPAdvertisement aggregationLengthV6 is above 128", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %q for IPv6");

    /// <summary>MLB0306: aggregationLengthV6 of 0 or less, which neither the schema nor MetalLB's code rejects on its own.</summary>
    public static RuleDescriptor AggregationLengthV6NotPositive { get; } = new(
        "MLB0306", "BGPAdvertisement aggregationLengthV6 is 0 or negative", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0307: serviceSelectors together with a non-default aggregation length.</summary>
    public static RuleDescriptor ServiceSelectorsWithAggregation { get; } = new(
        "MLB0307", "BGPAdvertisement combines serviceSelectors with aggregation", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "serviceSelectors and aggregationLength are mutually exclusive, both cannot be set in %s",
        Releases: Releases.CrdFields.Range(BgpAdvertisement.KindName, "serviceSelectors"));

    /// <summary>MLB0308: the aggregation length is shorter than a selected pool entry's widest prefix, so the aggregate covers addresses outside the pool.</summary>
    public static RuleDescriptor AggregationWiderThanPool { get; } = new(
        "MLB0308", "Aggregation length is wider than a selected pool's addresses", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %d: prefix %d in this pool is more specific than the aggregation length for addresses %s");

    /// <summary>MLB0309: two BGPAdvertisements announce the same routes to the same peers and nodes with different localPref.</summary>
    public static RuleDescriptor LocalPrefConflict { get; } = new(
        "MLB0309", "BGPAdvertisements set different localPref for the same routes", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid local preference %d: local preferernce %d was already set for the same type of BGP update. Check existing BGP advertisements with common pools and aggregation lengths",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <summary>MLB0310: a localPref conflict MLB0309 would report if the two advertisements shared a node, but the input has no Node objects.</summary>
    public static RuleDescriptor LocalPrefConflictWithoutNodes { get; } = new(
        "MLB0310", "localPref conflict depends on nodes that were not given", RuleCategory.Advertisements, DiagnosticSeverity.Info,
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <summary>MLB0311: a BGPAdvertisement names a pool that is not in the input.</summary>
    public static RuleDescriptor BgpAdvertisementUnknownPool { get; } = new(
        "MLB0311", "BGPAdvertisement names a pool that does not exist", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0312: a BGPAdvertisement names a BGPPeer that is not in the input.</summary>
    public static RuleDescriptor BgpAdvertisementUnknownPeer { get; } = new(
        "MLB0312", "BGPAdvertisement names a peer that does not exist", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0313: a BGPAdvertisement's ipAddressPoolSelectors match no pool in the input.</summary>
    public static RuleDescriptor BgpAdvertisementSelectsNoPool { get; } = new(
        "MLB0313", "BGPAdvertisement selects no pool", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0314: a BGPAdvertisement's nodeSelectors match none of the given nodes.</summary>
    public static RuleDescriptor BgpAdvertisementSelectsNoNode { get; } = new(
        "MLB0314", "BGPAdvertisement selects no node", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0315: localPref set, but every peer the advertisement targets is eBGP, where LOCAL_PREF is not sent.</summary>
    public static RuleDescriptor LocalPrefOnEbgpOnly { get; } = new(
        "MLB0315", "localPref has no effect on eBGP-only peers", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0401: the same pool name twice in an L2Advertisement's ipAddressPools.</summary>
    public static RuleDescriptor L2AdvertisementDuplicatePool { get; } = new(
        "MLB0401", "L2Advertisement lists a pool twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of ipAddressPools %q");

    /// <summary>MLB0402: a preferredNodeSelectors entry without a preference, or with a missing weight or one outside 1..100.</summary>
    public static RuleDescriptor L2NodePreferenceInvalid { get; } = new(
        "MLB0402", "L2Advertisement node preference needs a weight of 1 to 100 and a preference", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.preferredNodeSelectors[0].weight: Invalid value: ...: should be less than or equal to 100 (API server)");

    /// <summary>MLB0403: an L2Advertisement names a pool that is not in the input.</summary>
    public static RuleDescriptor L2AdvertisementUnknownPool { get; } = new(
        "MLB0403", "L2Advertisement names a pool that does not exist", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0404: an L2Advertisement's ipAddressPoolSelectors match no pool in the input.</summary>
    public static RuleDescriptor L2AdvertisementSelectsNoPool { get; } = new(
        "MLB0404", "L2Advertisement selects no pool", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0405: an L2Advertisement's nodeSelectors match none of the given nodes.</summary>
    public static RuleDescriptor L2AdvertisementSelectsNoNode { get; } = new(
        "MLB0405", "L2Advertisement selects no node", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <summary>MLB0406: the same interface twice in an L2Advertisement's interfaces (MetalLB does not check).</summary>
    public static RuleDescriptor L2DuplicateInterface { get; } = new(
        "MLB0406", "L2Advertisement lists an interface twice", RuleCategory.Advertisements, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));

    /// <summary>MLB0407: an empty or blank name in an L2Advertisement's interfaces, which matches no interface.</summary>
    public static RuleDescriptor L2EmptyInterfaceName { get; } = new(
        "MLB0407", "L2Advertisement lists an empty interface name", RuleCategory.Advertisements, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));

    /// <summary>MLB0408: an L2Advertisement with interfaces selects a node that has none of them, as the speaker sees its interfaces.</summary>
    public static RuleDescriptor L2InterfacesMissingOnNode { get; } = new(
        "MLB0408", "L2Advertisement's interfaces do not exist on a selected node", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "the interfaces specified by LB IP %q doesn't exist in assigned node %q with protocol %q",
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));
}
