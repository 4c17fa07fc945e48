using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>
/// MLB0550: a BGPAdvertisement announces a pool with IPv6 addresses to a peer whose BFD profile turns echo mode on.
/// </summary>
public sealed class BfdEchoTowardIpv6Rule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0550", "BFD echo mode toward a peer that receives IPv6 pools", RuleCategory.Bfd, DiagnosticSeverity.Error,
        MetalLbMessage: "pool %s has bgpadvertisement %s which references peer %s which has bfd echo enabled, which is not possible",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var echoProfiles = context.Set.BfdProfiles.Where(b => b.EchoMode == true && b.Name is not null).Select(b => b.Name!).ToHashSet(StringComparer.Ordinal);
        var index = AdvertisementIndex.For(context);
        var v6Pools = echoProfiles.Count == 0 ? [] : index.Pools(resource).Where(p => AdvertisementIndex.HasFamily(p, AddressFamily.InterNetworkV6)).ToList();
        if (v6Pools.Count == 0)
        {
            return;
        }

        foreach (var peer in index.Peers(resource).Where(p => p.BfdProfile is not null && echoProfiles.Contains(p.BfdProfile)))
        {
            var position = resource.Peers.ToList().IndexOf(peer.Name ?? string.Empty);
            context.Report(
                resource,
                position >= 0 ? $"spec.peers[{position}]" : "spec",
                $"announces IPv6 pool {string.Join(", ", v6Pools.Select(p => $"\"{p.Name}\""))} to BGPPeer \"{peer.Name}\", whose BFD profile \"{peer.BfdProfile}\" has echoMode: true; MetalLB rejects this because BFD echo does not work for IPv6. Turn echoMode off in that profile, or keep IPv6 pools away from this peer (spec.peers or a separate advertisement)");
        }
    }
}
