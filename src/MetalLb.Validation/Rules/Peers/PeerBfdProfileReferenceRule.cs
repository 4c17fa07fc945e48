using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0222: bfdProfile names no BFDProfile of the input.</summary>
internal sealed class PeerBfdProfileReferenceRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0222", "BGPPeer bfdProfile names no BFDProfile", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer %s referencing non existing bfd profile %s");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.BfdProfile is not { Length: > 0 } name || context.Set.BfdProfiles.Any(p => p.Name == name && context.IsReadByMetalLb(p)))
        {
            return;
        }

        var ns = context.MetalLbNamespace.Name;
        if (NamespaceScope.Elsewhere<BfdProfile>(context, name) is { } elsewhere)
        {
            context.Report(resource, "spec.bfdProfile",
                $"bfdProfile \"{name}\" names a BFDProfile that exists only in namespace {elsewhere}, but MetalLB runs in \"{ns}\" and looks names up only there; it rejects the configuration at reconcile. Put the BFDProfile in namespace {ns}");
            return;
        }

        var readable = context.Set.BfdProfiles.Where(context.IsReadByMetalLb).ToList();
        var known = readable.Count == 0
            ? "the input has no BFDProfile at all"
            : $"known profiles: {string.Join(", ", readable.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal))}";
        context.Report(resource, "spec.bfdProfile",
            $"bfdProfile \"{name}\" names no BFDProfile ({known}); MetalLB rejects the configuration at reconcile (the admission webhook does not check it). Add the BFDProfile or fix the name");
    }
}
