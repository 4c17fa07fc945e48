using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0312: a BGPAdvertisement names a BGPPeer that is not in the input.</summary>
internal sealed class BgpAdvertisementUnknownPeerRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0312", "BGPAdvertisement names a peer that does not exist", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var peers = AdvertisementIndex.For(context).PeersByName;
        for (var i = 0; i < resource.Peers.Count; i++)
        {
            if (!peers.ContainsKey(resource.Peers[i]) && NamespaceScope.Elsewhere<BgpPeer>(context, resource.Peers[i]) is { } elsewhere)
            {
                context.Report(resource, $"spec.peers[{i}]", $"BGPPeer \"{resource.Peers[i]}\" exists only in namespace {elsewhere}, but MetalLB runs in \"{context.MetalLbNamespace.Name}\" and looks names up only there; it announces to no such session. Put the peer in namespace {context.MetalLbNamespace.Name}");
            }
            else if (!peers.ContainsKey(resource.Peers[i]))
            {
                var known = peers.Count == 0 ? "the input has no BGPPeer" : $"known peers: {string.Join(", ", peers.Keys.Order(StringComparer.Ordinal).Take(10).Select(n => $"\"{n}\""))}";
                context.Report(resource, $"spec.peers[{i}]", $"no BGPPeer is named \"{resource.Peers[i]}\" ({known}); MetalLB accepts the name and announces to no such session. Fix the name (spec.peers takes BGPPeer metadata.name values), or add the peer to the files you validate");
            }
        }
    }
}
