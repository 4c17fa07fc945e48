using System.Net.Sockets;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>MLB0550: MetalLB rejects BFD echo toward a peer that receives IPv6 pools (echo does not work for IPv6).</summary>
internal static class BfdEchoTowardIpv6
{
    public static Rule Rule { get; } = Rule.ForEach<BgpAdvertisement>(MetalLbRules.BfdEchoTowardIpv6, Check, comparesWithConfiguration: true);

    private static void Check(BgpAdvertisement advertisement, RuleContext context)
    {
        var echoProfiles = context.Set.BfdProfiles.Where(b => b.EchoMode == true && b.Name is not null).Select(b => b.Name!).ToHashSet(StringComparer.Ordinal);
        var index = AdvertisementIndex.For(context);
        var v6Pools = echoProfiles.Count == 0 ? [] : index.Pools(advertisement).Where(p => AdvertisementIndex.HasFamily(p, AddressFamily.InterNetworkV6)).ToList();
        if (v6Pools.Count == 0)
        {
            return;
        }

        foreach (var peer in index.Peers(advertisement).Where(p => p.BfdProfile is not null && echoProfiles.Contains(p.BfdProfile)))
        {
            var position = advertisement.Peers.ToList().IndexOf(peer.Name ?? string.Empty);
            context.Report(
                MetalLbRules.BfdEchoTowardIpv6,
                advertisement,
                position >= 0 ? $"spec.peers[{position}]" : "spec",
                $"announces IPv6 pool {string.Join(", ", v6Pools.Select(p => $"\"{p.Name}\""))} to BGPPeer \"{peer.Name}\", whose BFD profile \"{peer.BfdProfile}\" has echoMode: true; MetalLB rejects this because BFD echo does not work for IPv6. Turn echoMode off in that profile, or keep IPv6 pools away from this peer (spec.peers or a separate advertisement)");
        }
    }
}
