using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Releases;

/// <summary>
/// One field of a MetalLB CRD that not every release has: the kind and served version it belongs to, the first
/// release whose CRD has it (null: no release this tool knows has it), whether an object sets it, and the object
/// without it (what the API server stores after pruning the field).
/// </summary>
/// <remarks>Every BGPPeer field in the table is one MetalLB's native mode rejects (<c>DiscardFRROnly</c> in
/// <c>internal/config/validation.go</c>, from the release that added it).</remarks>
internal sealed record CrdField(string Kind, string ServedVersion, string Field, Version? Since, Func<MetalLbObject, bool> IsSet, Func<MetalLbObject, MetalLbObject> Without)
{
    /// <summary>True when MetalLB's native mode rejects the field wherever the CRD has it.</summary>
    public bool FrrOnly => Kind == BgpPeer.KindName;

    /// <summary>The path of the field (<c>spec.vrf</c>).</summary>
    public string Path => $"spec.{Field}";

    /// <summary>True when <paramref name="release"/>'s CRD has the field.</summary>
    public bool ExistsIn(Version release) => Since is { } since && release >= since;

    /// <summary>True when the field applies to <paramref name="o"/>'s kind and served version.</summary>
    public bool AppliesTo(MetalLbObject o) => o.Kind == Kind && o.ServedVersion == ServedVersion;
}

/// <summary>
/// The fields MetalLB's CRDs gained from 0.13.0 to 0.16.1, from the CRD schemas at each tag
/// (<c>config/crd/bases/metallb.io_*.yaml</c>, identical to <c>charts/metallb/charts/crds/templates/crds.yaml</c>):
/// every other field of every kind exists, unchanged, in all those releases. No field was removed in that span.
/// The kinds themselves (IPAddressPool, BGPPeer v1beta1 and v1beta2, BGPAdvertisement, L2Advertisement, BFDProfile,
/// Community) are all served from 0.13.0.
/// </summary>
internal static class CrdFields
{
    private static readonly Version V0_13_4 = new(0, 13, 4);
    private static readonly Version V0_13_6 = new(0, 13, 6);
    private static readonly Version V0_13_8 = new(0, 13, 8);
    private static readonly Version V0_14_4 = new(0, 14, 4);
    private static readonly Version V0_14_6 = new(0, 14, 6);
    private static readonly Version V0_14_9 = new(0, 14, 9);
    private static readonly Version V0_15_0 = new(0, 15, 0);
    private static readonly Version V0_16_0 = new(0, 16, 0);

    /// <summary>The table, one row per field.</summary>
    public static IReadOnlyList<CrdField> All { get; } =
    [
        Pool("avoidBuggyIPs", V0_13_4, p => p.AvoidBuggyIps, p => p with { AvoidBuggyIps = false }),
        Pool("serviceAllocation", V0_13_8, p => p.ServiceAllocation is not null, p => p with { ServiceAllocation = null }),
        Peer("vrf", V0_13_8, p => p.Vrf is not null, p => p with { Vrf = null }),
        Peer("connectTime", V0_14_4, p => p.ConnectTime is not null, p => p with { ConnectTime = null }),
        Peer("disableMP", V0_14_4, p => p.DisableMp, p => p with { DisableMp = false }),
        Peer("enableGracefulRestart", V0_14_6, p => p.EnableGracefulRestart, p => p with { EnableGracefulRestart = false }),
        Peer("dynamicASN", V0_14_9, p => p.DynamicAsn is not null, p => p with { DynamicAsn = null }),
        Peer("interface", V0_15_0, p => p.Interface is not null, p => p with { Interface = null }),
        Peer("dualStackAddressFamily", V0_15_0, p => p.DualStackAddressFamily, p => p with { DualStackAddressFamily = false }),
        Peer("localASN", V0_16_0, p => p.LocalAsn is not null, p => p with { LocalAsn = null }),
        L2("interfaces", V0_13_6, a => a.Interfaces.Count > 0, a => a with { Interfaces = [] }),
        L2("serviceSelectors", V0_16_0, a => a.ServiceSelectors.Count > 0, a => a with { ServiceSelectors = [] }),

        // Only on MetalLB's main branch after 0.16.1 (api/v1beta1/l2advertisement_types.go).
        L2("preferredNodeSelectors", null, a => a.PreferredNodeSelectors.Count > 0, a => a with { PreferredNodeSelectors = [] }),
        Bgp("serviceSelectors", V0_16_0, a => a.ServiceSelectors.Count > 0, a => a with { ServiceSelectors = [] }),
    ];

    /// <summary>The row for <paramref name="kind"/>'s <paramref name="field"/> (<c>vrf</c>), or null when every release has it.</summary>
    public static CrdField? Find(string kind, string field) => All.FirstOrDefault(f => f.Kind == kind && f.Field == field);

    /// <summary>True when <paramref name="release"/>'s <paramref name="kind"/> CRD has <paramref name="field"/>.</summary>
    public static bool Has(string kind, string field, Version release) => Find(kind, field) is not { } row || row.ExistsIn(release);

    /// <summary>The releases whose <paramref name="kind"/> CRD has <paramref name="field"/>: the range of the rules about that field.</summary>
    public static ReleaseRange Range(string kind, string field) =>
        Find(kind, field) is { } row ? new ReleaseRange(row.Since ?? throw new ArgumentException($"no release has {kind}.{field}", nameof(field)), null) : ReleaseRange.Any;

    private static CrdField Pool(string field, Version? since, Func<IpAddressPool, bool> isSet, Func<IpAddressPool, IpAddressPool> without) =>
        Row(IpAddressPool.KindName, "v1beta1", field, since, isSet, without);

    private static CrdField Peer(string field, Version? since, Func<BgpPeer, bool> isSet, Func<BgpPeer, BgpPeer> without) =>
        Row(BgpPeer.KindName, "v1beta2", field, since, isSet, without);

    private static CrdField L2(string field, Version? since, Func<L2Advertisement, bool> isSet, Func<L2Advertisement, L2Advertisement> without) =>
        Row(L2Advertisement.KindName, "v1beta1", field, since, isSet, without);

    private static CrdField Bgp(string field, Version? since, Func<BgpAdvertisement, bool> isSet, Func<BgpAdvertisement, BgpAdvertisement> without) =>
        Row(BgpAdvertisement.KindName, "v1beta1", field, since, isSet, without);

    private static CrdField Row<T>(string kind, string version, string field, Version? since, Func<T, bool> isSet, Func<T, T> without)
        where T : MetalLbObject =>
        new(kind, version, field, since, o => o is T t && isSet(t), o => o is T t ? without(t) : o);
}
