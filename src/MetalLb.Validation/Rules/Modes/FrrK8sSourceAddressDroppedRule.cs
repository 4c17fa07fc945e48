using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0831: in FRR-K8s mode MetalLB does not pass sourceAddress on to frr-k8s, so it has no effect.</summary>
internal sealed class FrrK8sSourceAddressDroppedRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0831", "sourceAddress is ignored in FRR-K8s mode", RuleCategory.Modes, DiagnosticSeverity.Warning, BackendModes.FrrK8s);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.SourceAddress is { Text.Length: > 0 } source)
        {
            context.Report(resource, "spec.sourceAddress", $"sourceAddress {source.Text} has no effect in FRR-K8s mode: MetalLB builds the frr-k8s neighbor without it, so the session starts from whatever address the kernel picks, and a router that expects {source.Text} refuses it. You cannot add it through your own FRRConfiguration either (frr-k8s refuses to merge a neighbor with two source addresses). Remove sourceAddress and configure the router for the address the kernel picks (the node's address on the route to the router), or run MetalLB in FRR or native mode where sourceAddress is used");
        }
    }
}
