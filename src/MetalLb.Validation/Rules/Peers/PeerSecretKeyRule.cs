using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0221: the password Secret has no <c>password</c> key.</summary>
internal sealed class PeerSecretKeyRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0221", "BGPPeer password Secret has no password key", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "password not specified in the secret %q/%q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (PeerSecretLookup.Find(resource, context) is { } secret && !secret.Keys.Contains("password"))
        {
            var keys = secret.Keys.Count == 0 ? "no keys" : $"keys {string.Join(", ", secret.Keys.Order(StringComparer.Ordinal).Select(k => $"\"{k}\""))}";
            context.Report(resource, "spec.passwordSecret.name",
                $"Secret \"{secret.Name}\" (at {secret.Location}) has {keys} but no \"password\" key; MetalLB reads the BGP password from data.password, add it there");
        }
    }
}
