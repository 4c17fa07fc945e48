using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0213: connectTime that is not a whole number of seconds.</summary>
internal sealed class PeerConnectTimeWholeSecondsRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0213", "BGPPeer connectTime is not a whole number of seconds", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "connect time should contain a whole number of seconds",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "connectTime"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ConnectTime is { Value: { } value } connect && Math.Truncate(value.TotalMilliseconds) % 1000 != 0)
        {
            context.Report(resource, "spec.connectTime", context.Mode == BackendMode.Native
                ? $"connectTime {connect.Text} has a fraction of a second; the API server accepts whole seconds only, and native mode rejects connectTime altogether: remove it"
                : $"connectTime {connect.Text} has a fraction of a second; the API server accepts whole seconds only, e.g. {Math.Clamp(Math.Round(value.TotalSeconds), 1, 65535):0}s");
        }
    }
}
