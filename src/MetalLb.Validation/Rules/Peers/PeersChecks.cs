using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// The BGPPeer checks: its own fields (<see cref="BgpPeerValidator"/>), and the checks that read other objects: the
/// BFDProfile and the password Secret a peer names, and the BGPAdvertisements.
/// </summary>
internal static class PeersChecks
{
    private const string BasicAuth = "kubernetes.io/basic-auth";

    public static Rule[] All { get; } =
    [
        new ValidatorRule<BgpPeer>((BgpPeerValidator)MetalLbValidators.BgpPeer),
        Rule.ForEach<BgpPeer>(MetalLbRules.PeerBfdProfileNotFound, BfdProfile, comparesWithConfiguration: true),
        Rule.ForEach<BgpPeer>([MetalLbRules.PeerSecretNotFound, MetalLbRules.PeerSecretWrongType, MetalLbRules.PeerSecretWithoutPassword], Secret, comparesWithConfiguration: true),
        Rule.ForSet(MetalLbRules.PeerWithoutBgpAdvertisement, Advertisements),
    ];

    private static void BfdProfile(BgpPeer peer, RuleContext context)
    {
        if (peer.BfdProfile is not { Length: > 0 } name || context.Set.BfdProfiles.Any(p => p.Name == name && context.IsReadByMetalLb(p)))
        {
            return;
        }

        var ns = context.MetalLbNamespace.Name;
        if (NamespaceScope.Elsewhere<BfdProfile>(context, name) is { } elsewhere)
        {
            context.Report(MetalLbRules.PeerBfdProfileNotFound, peer, "spec.bfdProfile",
                $"bfdProfile \"{name}\" names a BFDProfile that exists only in namespace {elsewhere}, but MetalLB runs in \"{ns}\" and looks names up only there; it rejects the configuration at reconcile. Put the BFDProfile in namespace {ns}");
            return;
        }

        var readable = context.Set.BfdProfiles.Where(context.IsReadByMetalLb).ToList();
        var known = readable.Count == 0
            ? "the input has no BFDProfile at all"
            : $"known profiles: {string.Join(", ", readable.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal))}";
        context.Report(MetalLbRules.PeerBfdProfileNotFound, peer, "spec.bfdProfile",
            $"bfdProfile \"{name}\" names no BFDProfile ({known}); MetalLB rejects the configuration at reconcile (the admission webhook does not check it). Add the BFDProfile or fix the name");
    }

    /// <summary>
    /// MetalLB finds a peer's password Secret by name among the Secrets of its namespace, ignoring the reference's
    /// namespace. An unknown Secret is an error when the input holds Secrets, a warning when it holds none.
    /// </summary>
    private static void Secret(BgpPeer peer, RuleContext context)
    {
        const string Path = "spec.passwordSecret.name";
        if (peer.PasswordSecret is not { Name.Length: > 0 } reference)
        {
            return;
        }

        // The last of a name wins, as the API server keeps the last applied; one written without a namespace is taken to be applied there.
        var ns = context.MetalLbNamespace.Name;
        if (context.Set.Secrets.LastOrDefault(s => s.Name == reference.Name && (s.Metadata.Namespace is null || s.Metadata.Namespace == ns)) is not { } secret)
        {
            context.Report(MetalLbRules.PeerSecretNotFound, peer, Path, SecretNotFound(reference, context), severity: context.Input.Secrets.Count == 0 ? DiagnosticSeverity.Warning : null);
            return;
        }

        if (secret.MetadataOnly)
        {
            return;
        }

        if ((secret.Type ?? "Opaque") != BasicAuth)
        {
            context.Report(MetalLbRules.PeerSecretWrongType, peer, Path,
                $"Secret \"{secret.Name}\" (at {secret.Location}) has type \"{secret.Type ?? "Opaque"}\", but MetalLB requires \"{BasicAuth}\"; recreate it with type: {BasicAuth} (the type cannot be changed in place)");
        }

        if (!secret.Keys.Contains("password"))
        {
            var keys = secret.Keys.Count == 0 ? "no keys" : $"keys {string.Join(", ", secret.Keys.Order(StringComparer.Ordinal).Select(k => $"\"{k}\""))}";
            context.Report(MetalLbRules.PeerSecretWithoutPassword, peer, Path,
                $"Secret \"{secret.Name}\" (at {secret.Location}) has {keys} but no \"password\" key; MetalLB reads the BGP password from data.password, add it there");
        }
    }

    private static string SecretNotFound(SecretReference reference, RuleContext context)
    {
        var ns = context.MetalLbNamespace.Name;
        var ignored = reference.Namespace is { Length: > 0 } other && other != ns
            ? $" (MetalLB ignores passwordSecret.namespace \"{other}\" and looks only in \"{ns}\")"
            : string.Empty;
        if (context.Input.Secrets.Count == 0)
        {
            return $"passwordSecret \"{reference.Name}\" cannot be checked: no Secrets were given. MetalLB rejects the configuration at reconcile if Secret \"{reference.Name}\" does not exist in namespace \"{ns}\"{ignored} (the admission webhook does not check it). Pass the Secret to validate it (its values are never read)";
        }

        var elsewhere = context.Input.Secrets.FirstOrDefault(s => s.Name == reference.Name) is { } misplaced
            ? $" (a Secret \"{reference.Name}\" exists in namespace \"{misplaced.Metadata.Namespace}\", but MetalLB looks only in \"{ns}\")"
            : ignored;
        return $"no Secret \"{reference.Name}\" in namespace \"{ns}\" among the Secrets given{elsewhere}; MetalLB rejects the configuration at reconcile. Create a kubernetes.io/basic-auth Secret \"{reference.Name}\" in \"{ns}\" with a \"password\" key, or fix the name";
    }

    /// <summary>
    /// In FRR-K8s mode an FRRConfiguration outside MetalLB can advertise to the same neighbor (FRR-K8s merges them), so
    /// there it is an info. The admission handler drops it: there the BGPAdvertisement usually comes in the next request.
    /// </summary>
    private static void Advertisements(RuleContext context)
    {
        if (context.Set.BgpAdvertisements.Count > 0)
        {
            return;
        }

        var frrK8s = context.Mode == BackendMode.FrrK8s;
        var other = frrK8s ? " (in FRR-K8s mode an FRRConfiguration of your own may still advertise prefixes to this neighbor; MetalLB announces none)" : string.Empty;
        foreach (var peer in context.Set.Peers)
        {
            var router = peer.PeerAddress?.Text ?? peer.Interface ?? "the router";
            context.Report(MetalLbRules.PeerWithoutBgpAdvertisement, peer, "metadata.name",
                $"the input has no BGPAdvertisement: the speakers open the session to {router} and announce no Service address over it, since MetalLB announces by BGP only the pools a BGPAdvertisement selects{other}. Add a BGPAdvertisement (spec.ipAddressPools naming the pools to announce by BGP), or remove the BGPPeer if BGP is not used",
                severity: frrK8s ? DiagnosticSeverity.Info : null);
        }
    }
}
