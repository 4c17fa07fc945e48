using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0222: bfdProfile names no BFDProfile of the input.</summary>
public sealed class PeerBfdProfileReferenceRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0222", "BGPPeer bfdProfile names no BFDProfile", RuleCategory.Peers, Severity.Error,
        MetalLbMessage: "peer %s referencing non existing bfd profile %s");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.BfdProfile is not { Length: > 0 } name || context.Set.BfdProfiles.Any(p => p.Name == name))
        {
            return;
        }

        var known = context.Set.BfdProfiles.Count == 0
            ? "the input has no BFDProfile at all"
            : $"known profiles: {string.Join(", ", context.Set.BfdProfiles.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal))}";
        context.Report(resource, "spec.bfdProfile",
            $"bfdProfile \"{name}\" names no BFDProfile ({known}); MetalLB rejects the configuration at reconcile (the admission webhook does not check it). Add the BFDProfile or fix the name");
    }
}
