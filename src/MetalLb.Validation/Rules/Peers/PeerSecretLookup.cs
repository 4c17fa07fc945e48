using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// How MetalLB finds a peer's password Secret: by name among the Secrets of the MetalLB namespace, ignoring the
/// reference's namespace. A Secret written without a namespace is taken to be applied there.
/// </summary>
internal sealed class PeerSecretLookup
{
    private readonly Dictionary<string, SecretMetadata> _byName = new(StringComparer.Ordinal);

    private PeerSecretLookup(RuleContext context)
    {
        // The last of a name wins, as the API server keeps the last applied.
        foreach (var secret in context.Set.Secrets.Where(s => s.Name is not null && (s.Metadata.Namespace is null || s.Metadata.Namespace == context.MetalLbNamespace.Name)))
        {
            _byName[secret.Name!] = secret;
        }
    }

    public static SecretMetadata? Find(BgpPeer peer, RuleContext context)
    {
        var name = peer.PasswordSecret?.Name;
        return string.IsNullOrEmpty(name) ? null : context.Shared(c => new PeerSecretLookup(c))._byName.GetValueOrDefault(name);
    }
}
