using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0406: the same interface twice in an L2Advertisement's interfaces (MetalLB does not check).</summary>
internal sealed class L2DuplicateInterfaceRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0406", "L2Advertisement lists an interface twice", RuleCategory.Advertisements, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(L2Advertisement.KindName, "interfaces"));

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resource.Interfaces.Count; i++)
        {
            var name = resource.Interfaces[i];
            if (name.Length > 0 && !first.TryAdd(name, i))
            {
                context.Report(resource, $"spec.interfaces[{i}]", $"interface \"{name}\" is already listed at index {first[name]}; MetalLB accepts the repeat, which usually hides a typo for another interface. Remove it or fix the name");
            }
        }
    }
}
