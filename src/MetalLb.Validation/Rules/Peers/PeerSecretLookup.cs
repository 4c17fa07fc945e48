using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// How MetalLB finds a peer's password Secret: by name among the Secrets of the MetalLB namespace, ignoring the
/// reference's namespace. A Secret written without a namespace is taken to be applied there.
/// </summary>
internal static class PeerSecretLookup
{
    public static SecretMetadata? Find(BgpPeer peer, RuleContext context)
    {
        var name = peer.PasswordSecret?.Name;
        return string.IsNullOrEmpty(name)
            ? null
            : context.Set.Secrets.LastOrDefault(s => s.Name == name && (s.Metadata.Namespace is null || s.Metadata.Namespace == context.Options.MetalLbNamespace));
    }
}
