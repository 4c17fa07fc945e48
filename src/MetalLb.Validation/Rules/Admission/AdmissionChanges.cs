using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using static MetalLb.Validation.MetalLbRules;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>What an admission request's deletions and updates (<see cref="RuleContext.Deleted"/>) break.</summary>
internal static class AdmissionChanges
{
    /// <summary>Deleting a BFDProfile, Secret or Community alias that another object still uses.</summary>
    public static void DeletedInUse(RuleContext context)
    {
        PeerReferenceDeleted<BfdProfile>(context, BfdProfileDeletedInUse, "spec.bfdProfile",
            (peer, gone) => peer.BfdProfile == gone.Name && peer.Metadata.Namespace == gone.Metadata.Namespace,
            (gone, peer) => $"BFDProfile \"{gone.Name}\" cannot be deleted: BGPPeer \"{peer.Name}\" uses it in spec.bfdProfile. Change or remove the peer's bfdProfile first");
        PeerReferenceDeleted<SecretMetadata>(context, SecretDeletedInUse, "spec.passwordSecret",
            (peer, gone) => peer.PasswordSecret is { } r && r.Name == gone.Name && (r.Namespace ?? peer.Metadata.Namespace) == gone.Metadata.Namespace,
            (gone, peer) => $"Secret \"{gone.Name}\" holds the BGP password of BGPPeer \"{peer.Name}\" (spec.passwordSecret); MetalLB allows the deletion but then cannot configure the session. Point the peer at another Secret first, or keep this one");

        // A Community alias goes when its Community is deleted or edited (an UPDATE passes the old object as deleted).
        var remaining = context.Set.Communities.SelectMany(c => c.Aliases).Select(a => a.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var community in context.Deleted.OfType<Community>())
        {
            foreach (var alias in community.Aliases.Select(a => a.Name).OfType<string>().Where(n => !remaining.Contains(n)).Distinct(StringComparer.Ordinal))
            {
                var users = context.Set.BgpAdvertisements.Select(ad => (Ad: ad, Index: ad.Communities.ToList().IndexOf(alias)));
                foreach (var (ad, index) in users.Where(u => u.Index >= 0 && u.Ad.Metadata.Namespace == community.Metadata.Namespace))
                {
                    context.Report(CommunityAliasDeletedInUse, ad, $"spec.communities[{index}]",
                        $"Community \"{community.Name}\" defines the alias \"{alias}\" that BGPAdvertisement \"{ad.Name}\" still uses; MetalLB allows the deletion but then rejects the configuration (unknown community alias). Replace the alias in the advertisement with its value, or keep the alias");
                }
            }
        }
    }

    /// <summary>An UPDATE that changes a BGPPeer's enableGracefulRestart, which the CRD's CEL rule forbids.</summary>
    public static void GracefulRestart(RuleContext context)
    {
        foreach (var before in context.Deleted.OfType<BgpPeer>())
        {
            var after = context.Set.Peers.FirstOrDefault(p => p.Name == before.Name && p.Metadata.Namespace == before.Metadata.Namespace);
            if (after is not null && after.EnableGracefulRestart != before.EnableGracefulRestart)
            {
                context.Report(GracefulRestartChanged, after, "spec.enableGracefulRestart",
                    $"enableGracefulRestart changes from {Word(before.EnableGracefulRestart)} to {Word(after.EnableGracefulRestart)}; the API server refuses to change it on an existing BGPPeer. Delete and recreate the peer (its sessions restart) or keep the old value");
            }
        }
    }

    /// <summary>Each BGPPeer that uses a deleted <typeparamref name="T"/>; an UPDATE passes the old object as deleted too, so one that still exists under its name is not gone.</summary>
    private static void PeerReferenceDeleted<T>(RuleContext context, RuleDescriptor rule, string path, Func<BgpPeer, T, bool> uses, Func<T, BgpPeer, string> message)
        where T : KubernetesObject
    {
        foreach (var gone in context.Deleted.OfType<T>().Where(d => !context.Set.OfKind<T>().Any(o => o.Name == d.Name && o.Metadata.Namespace == d.Metadata.Namespace)))
        {
            foreach (var peer in context.Set.Peers.Where(p => uses(p, gone)))
            {
                context.Report(rule, peer, path, message(gone, peer));
            }
        }
    }

    private static string Word(bool value) => value ? "true" : "false";
}
