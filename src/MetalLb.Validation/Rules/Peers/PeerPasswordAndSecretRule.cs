using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0218: both password and passwordSecret set.</summary>
internal sealed class PeerPasswordAndSecretRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0218", "BGPPeer sets both password and passwordSecret", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "can not have both password and secret ref set in peer config %q/%q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.HasInlinePassword && resource.PasswordSecret is { Name.Length: > 0 } secret)
        {
            context.Report(resource, "spec.passwordSecret",
                $"both spec.password and spec.passwordSecret (\"{secret.Name}\") are set; keep only passwordSecret (the password then stays out of the BGPPeer) or only password");
        }
    }
}
