using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0407: an empty or blank name in an L2Advertisement's interfaces, which matches no interface.</summary>
internal sealed class L2EmptyInterfaceNameRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0407", "L2Advertisement lists an empty interface name", RuleCategory.Advertisements, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Interfaces.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(resource.Interfaces[i]) || resource.Interfaces[i].Trim() != resource.Interfaces[i])
            {
                context.Report(resource, $"spec.interfaces[{i}]", $"interface name \"{resource.Interfaces[i]}\" is empty or has surrounding spaces and matches no interface; MetalLB accepts it. Write the interface name exactly (eth0), or drop spec.interfaces to announce on all interfaces");
            }
        }
    }
}
