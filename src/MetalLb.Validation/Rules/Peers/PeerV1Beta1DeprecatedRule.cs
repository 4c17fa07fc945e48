using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0224: a BGPPeer written at metallb.io/v1beta1, which the CRD marks deprecated from 0.14.9 on.</summary>
internal sealed class PeerV1Beta1DeprecatedRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0224", "BGPPeer uses the deprecated v1beta1 API", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 14, 9), null),
        MetalLbMessage: "v1beta1 is deprecated, please use v1beta2");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ServedVersion == "v1beta1")
        {
            context.Report(resource, "apiVersion", "BGPPeer at metallb.io/v1beta1 is deprecated; change apiVersion to metallb.io/v1beta2 (the fields are compatible; nodeSelectors become standard label selectors)");
        }
    }
}
