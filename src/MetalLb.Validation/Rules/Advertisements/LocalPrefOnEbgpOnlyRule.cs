using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0315: localPref set, but every peer the advertisement targets is eBGP, where LOCAL_PREF is not sent.</summary>
internal sealed class LocalPrefOnEbgpOnlyRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0315", "localPref has no effect on eBGP-only peers", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.LocalPref == 0)
        {
            return;
        }

        var peers = AdvertisementIndex.For(context).Peers(resource);
        if (peers.Count > 0 && peers.All(IsExternal))
        {
            var names = string.Join(", ", peers.Take(5).Select(p => $"\"{p.Name}\""));
            context.Report(resource, "spec.localPref", $"localPref {resource.LocalPref} does nothing here: every targeted peer ({names}{(peers.Count > 5 ? ", ..." : string.Empty)}) is eBGP (peerASN differs from myASN), and LOCAL_PREF travels only on iBGP sessions. Remove localPref, or use communities to steer eBGP routers");
        }
    }

    private static bool IsExternal(BgpPeer peer) => peer.DynamicAsn switch
    {
        "external" => true,
        "internal" => false,
        _ => peer.PeerAsn is { } remote && peer.MyAsn is { } local && remote.Value != local.Value
            && (peer.LocalAsn is not { } alias || alias.Value != remote.Value),
    };
}
