using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>MLB1210: deleting a BFDProfile that a BGPPeer still names in spec.bfdProfile.</summary>
internal sealed class BfdProfileDeletedInUseRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1210", "BFDProfile deleted while a BGPPeer still uses it", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "failed to delete BFDProfile %s, used by BGPPeer %s");

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // An UPDATE passes the old object as deleted too; a profile that still exists under the same name is not gone.
        foreach (var profile in context.Deleted.OfType<BfdProfile>().Where(d => !context.Set.BfdProfiles.Any(p => p.Name == d.Name && p.Metadata.Namespace == d.Metadata.Namespace)))
        {
            foreach (var peer in context.Set.Peers.Where(p => p.BfdProfile == profile.Name && p.Metadata.Namespace == profile.Metadata.Namespace))
            {
                context.Report(peer, "spec.bfdProfile",
                    $"BFDProfile \"{profile.Name}\" cannot be deleted: BGPPeer \"{peer.Name}\" uses it in spec.bfdProfile. Change or remove the peer's bfdProfile first");
            }
        }
    }
}
