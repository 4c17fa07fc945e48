using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>MLB1212: deleting a Secret that a BGPPeer still names in spec.passwordSecret.</summary>
internal sealed class SecretDeletedInUseRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1212", "Secret deleted while a BGPPeer still uses it as passwordSecret", RuleCategory.Admission, DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var secret in context.Deleted.OfType<SecretMetadata>().Where(d => !context.Set.Secrets.Any(s => s.Name == d.Name && s.Metadata.Namespace == d.Metadata.Namespace)))
        {
            foreach (var peer in context.Set.Peers.Where(p => p.PasswordSecret is { } r && r.Name == secret.Name && (r.Namespace ?? p.Metadata.Namespace) == secret.Metadata.Namespace))
            {
                context.Report(peer, "spec.passwordSecret",
                    $"Secret \"{secret.Name}\" holds the BGP password of BGPPeer \"{peer.Name}\" (spec.passwordSecret); MetalLB allows the deletion but then cannot configure the session. Point the peer at another Secret first, or keep this one");
            }
        }
    }
}
