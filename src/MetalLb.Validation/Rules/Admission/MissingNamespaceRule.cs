using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>
/// MLB1201: a MetalLB object without metadata.namespace. kubectl then uses the current context's namespace, which
/// cannot be known here; it is only right when that is MetalLB's namespace.
/// </summary>
internal sealed class MissingNamespaceRule : ResourceRule<MetalLbObject>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1201", "MetalLB object has no namespace", RuleCategory.Admission, DiagnosticSeverity.Info);

    /// <inheritdoc />
    protected override void Check(MetalLbObject resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(resource.Metadata.Namespace))
        {
            var expected = context.MetalLbNamespace;
            context.Report(resource, "metadata", $"{resource.Kind} has no metadata.namespace, so kubectl puts it in the current context's namespace (usually \"default\"); MetalLB's webhook refuses it anywhere but the namespace MetalLB runs in, assumed \"{expected.Name}\" ({expected.Reason}). Add namespace: {expected.Name}, or apply with -n {expected.Name}");
        }
    }
}
