using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0219: passwordSecret names no Secret of the MetalLB namespace. An error when the input holds Secrets (the
/// one named is then really missing); a warning when it holds none, since the Secret may exist in the cluster.
/// </summary>
internal sealed class PeerSecretNotFoundRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0219", "BGPPeer passwordSecret names no Secret", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "secret ref not found for peer config %q/%q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.PasswordSecret is not { Name.Length: > 0 } reference || PeerSecretLookup.Find(resource, context) is not null)
        {
            return;
        }

        var ns = context.MetalLbNamespace.Name;
        var ignored = reference.Namespace is { Length: > 0 } other && other != ns
            ? $" (MetalLB ignores passwordSecret.namespace \"{other}\" and looks only in \"{ns}\")"
            : string.Empty;
        if (context.Input.Secrets.Count == 0)
        {
            context.Report(resource, "spec.passwordSecret.name",
                $"passwordSecret \"{reference.Name}\" cannot be checked: no Secrets were given. MetalLB rejects the configuration at reconcile if Secret \"{reference.Name}\" does not exist in namespace \"{ns}\"{ignored} (the admission webhook does not check it). Pass the Secret to validate it (its values are never read)",
                severity: DiagnosticSeverity.Warning);
            return;
        }

        var elsewhere = context.Input.Secrets.FirstOrDefault(s => s.Name == reference.Name) is { } misplaced
            ? $" (a Secret \"{reference.Name}\" exists in namespace \"{misplaced.Metadata.Namespace}\", but MetalLB looks only in \"{ns}\")"
            : ignored;
        context.Report(resource, "spec.passwordSecret.name",
            $"no Secret \"{reference.Name}\" in namespace \"{ns}\" among the Secrets given{elsewhere}; MetalLB rejects the configuration at reconcile. Create a kubernetes.io/basic-auth Secret \"{reference.Name}\" in \"{ns}\" with a \"password\" key, or fix the name");
    }
}
