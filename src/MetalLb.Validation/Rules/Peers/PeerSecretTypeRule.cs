using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0220: the password Secret is not of type kubernetes.io/basic-auth.</summary>
internal sealed class PeerSecretTypeRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    private const string BasicAuth = "kubernetes.io/basic-auth";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0220", "BGPPeer password Secret is not of type kubernetes.io/basic-auth", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "secret type mismatch on %q/%q, type %q is expected ");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (PeerSecretLookup.Find(resource, context) is { } secret && (secret.Type ?? "Opaque") != BasicAuth)
        {
            context.Report(resource, "spec.passwordSecret.name",
                $"Secret \"{secret.Name}\" (at {secret.Location}) has type \"{secret.Type ?? "Opaque"}\", but MetalLB requires \"{BasicAuth}\"; recreate it with type: {BasicAuth} (the type cannot be changed in place)");
        }
    }
}
