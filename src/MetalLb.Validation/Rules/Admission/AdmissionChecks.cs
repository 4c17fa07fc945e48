using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Namespaces;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>
/// The Admission checks: what MetalLB's webhook and API server refuse. MetalLB reads one namespace only and its webhook
/// refuses MetalLB objects elsewhere. Deletions and updates are read from <see cref="RuleContext.Deleted"/>.
/// </summary>
internal static class AdmissionChecks
{
    public static Rule[] All { get; } =
    [
        Rule.ForEach<MetalLbObject>(MetalLbRules.ObjectOutsideMetalLbNamespace, Outside),
        Rule.ForEach<MetalLbObject>(MetalLbRules.ObjectWithoutNamespace, Missing),
        Rule.ForSet([MetalLbRules.BfdProfileDeletedInUse, MetalLbRules.CommunityAliasDeletedInUse, MetalLbRules.SecretDeletedInUse], DeletedInUse),
        Rule.ForSet(MetalLbRules.GracefulRestartChanged, GracefulRestart),
    ];

    /// <summary>
    /// An object outside the namespace MetalLB runs in: given, found from MetalLB's install, or (when the MetalLB
    /// objects are split over namespaces) the namespace most of them are in.
    /// </summary>
    private static void Outside(MetalLbObject resource, RuleContext context)
    {
        var assumed = context.MetalLbNamespace;
        if (resource.Metadata.Namespace is not { Length: > 0 } actual || actual == assumed.Name)
        {
            return;
        }

        var setBy = resource.NamespaceFrom is { } kustomization ? $" (set by {kustomization})" : string.Empty;
        context.Report(MetalLbRules.ObjectOutsideMetalLbNamespace, resource, "metadata.namespace", assumed.Source switch
        {
            NamespaceSource.Given or NamespaceSource.Install =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but MetalLB runs in \"{assumed.Name}\" ({assumed.Reason}); MetalLB reads only its own namespace and its webhook refuses MetalLB objects elsewhere. Put it in namespace {assumed.Name}",
            _ =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but the MetalLB objects are split across namespaces ({string.Join(", ", assumed.Split.Select(s => $"{s.Key}: {s.Value}"))}); MetalLB reads only the namespace it runs in (its --namespace, by default its pod's namespace), so only one set is used. Assumed \"{assumed.Name}\", where most of them are: move this {resource.Kind} there, or pass --metallb-namespace {actual} if MetalLB runs in \"{actual}\"",
        });
    }

    /// <summary>An object without a namespace: kubectl uses the current context's, which cannot be known here.</summary>
    private static void Missing(MetalLbObject resource, RuleContext context)
    {
        if (string.IsNullOrEmpty(resource.Metadata.Namespace))
        {
            var expected = context.MetalLbNamespace;
            context.Report(MetalLbRules.ObjectWithoutNamespace, resource, "metadata",
                $"{resource.Kind} has no metadata.namespace, so kubectl puts it in the current context's namespace (usually \"default\"); MetalLB's webhook refuses it anywhere but the namespace MetalLB runs in, assumed \"{expected.Name}\" ({expected.Reason}). Add namespace: {expected.Name}, or apply with -n {expected.Name}");
        }
    }

    /// <summary>Deleting a BFDProfile, Secret or Community alias that another object still uses.</summary>
    private static void DeletedInUse(RuleContext context)
    {
        PeerReferenceDeleted<BfdProfile>(context, MetalLbRules.BfdProfileDeletedInUse, "spec.bfdProfile",
            (peer, gone) => peer.BfdProfile == gone.Name && peer.Metadata.Namespace == gone.Metadata.Namespace,
            (gone, peer) => $"BFDProfile \"{gone.Name}\" cannot be deleted: BGPPeer \"{peer.Name}\" uses it in spec.bfdProfile. Change or remove the peer's bfdProfile first");
        PeerReferenceDeleted<SecretMetadata>(context, MetalLbRules.SecretDeletedInUse, "spec.passwordSecret",
            (peer, gone) => peer.PasswordSecret is { } r && r.Name == gone.Name && (r.Namespace ?? peer.Metadata.Namespace) == gone.Metadata.Namespace,
            (gone, peer) => $"Secret \"{gone.Name}\" holds the BGP password of BGPPeer \"{peer.Name}\" (spec.passwordSecret); MetalLB allows the deletion but then cannot configure the session. Point the peer at another Secret first, or keep this one");

        // A Community alias goes when its Community is deleted or edited (an UPDATE passes the old object as deleted).
        var remaining = context.Set.Communities.SelectMany(c => c.Aliases).Select(a => a.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var gone = context.Deleted.OfType<Community>().SelectMany(c => c.Aliases.Select(a => a.Name).OfType<string>().Where(n => !remaining.Contains(n)).Distinct(StringComparer.Ordinal).Select(alias => (c, alias)));
        foreach (var (community, alias) in gone)
        {
            foreach (var (ad, index) in context.Set.BgpAdvertisements.Select(ad => (ad, Index: ad.Communities.ToList().IndexOf(alias))).Where(u => u.Index >= 0 && u.ad.Metadata.Namespace == community.Metadata.Namespace))
            {
                context.Report(MetalLbRules.CommunityAliasDeletedInUse, ad, $"spec.communities[{index}]",
                    $"Community \"{community.Name}\" defines the alias \"{alias}\" that BGPAdvertisement \"{ad.Name}\" still uses; MetalLB allows the deletion but then rejects the configuration (unknown community alias). Replace the alias in the advertisement with its value, or keep the alias");
            }
        }
    }

    /// <summary>An UPDATE that changes a BGPPeer's enableGracefulRestart, which the CRD's CEL rule forbids.</summary>
    private static void GracefulRestart(RuleContext context)
    {
        foreach (var before in context.Deleted.OfType<BgpPeer>())
        {
            if (context.Set.Peers.FirstOrDefault(p => p.Name == before.Name && p.Metadata.Namespace == before.Metadata.Namespace) is { } after && after.EnableGracefulRestart != before.EnableGracefulRestart)
            {
                context.Report(MetalLbRules.GracefulRestartChanged, after, "spec.enableGracefulRestart",
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
