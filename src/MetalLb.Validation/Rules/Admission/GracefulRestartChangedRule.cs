using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>MLB1213: an UPDATE that changes a BGPPeer's enableGracefulRestart, which the CRD's CEL rule forbids.</summary>
internal sealed class GracefulRestartChangedRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1213", "BGPPeer enableGracefulRestart changed after creation", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "EnableGracefulRestart cannot be changed after creation",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "enableGracefulRestart"));

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var before in context.Deleted.OfType<BgpPeer>())
        {
            var after = context.Set.Peers.FirstOrDefault(p => p.Name == before.Name && p.Metadata.Namespace == before.Metadata.Namespace);
            if (after is not null && after.EnableGracefulRestart != before.EnableGracefulRestart)
            {
                context.Report(after, "spec.enableGracefulRestart",
                    $"enableGracefulRestart changes from {Word(before.EnableGracefulRestart)} to {Word(after.EnableGracefulRestart)}; the API server refuses to change it on an existing BGPPeer. Delete and recreate the peer (its sessions restart) or keep the old value");
            }
        }
    }

    private static string Word(bool value) => value ? "true" : "false";
}
