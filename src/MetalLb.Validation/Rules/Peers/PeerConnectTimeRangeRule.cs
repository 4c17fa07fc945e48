using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0212: connectTime outside 1..65535 seconds (whole seconds, as the CRD's CEL rule counts them).</summary>
internal sealed class PeerConnectTimeRangeRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0212", "BGPPeer connectTime is outside 1s..65535s", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "connect time should be between 1 seconds to 65535",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "connectTime"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ConnectTime is { Value: { } value } connect && Math.Truncate(value.TotalSeconds) is < 1 or > 65535)
        {
            context.Report(resource, "spec.connectTime", context.Mode == BackendMode.Native
                ? $"connectTime {connect.Text} is {Math.Truncate(value.TotalSeconds):0}s in whole seconds; the API server accepts 1s to 65535s, and native mode rejects connectTime altogether: remove it"
                : $"connectTime {connect.Text} is {Math.Truncate(value.TotalSeconds):0}s in whole seconds; the API server accepts 1s to 65535s, pick a value in that range (FRR's default is 120s)");
        }
    }
}
