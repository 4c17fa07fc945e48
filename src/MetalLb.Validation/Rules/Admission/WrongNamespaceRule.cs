using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>MLB1200: a MetalLB object in a namespace other than MetalLB's; the webhook refuses to create it.</summary>
public sealed class WrongNamespaceRule : ResourceRule<MetalLbObject>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1200", "MetalLB object outside the MetalLB namespace", RuleCategory.Admission, Severity.Error,
        MetalLbMessage: "resource must be created in %s namespace");

    /// <inheritdoc />
    protected override void Check(MetalLbObject resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var expected = context.Options.MetalLbNamespace;
        if (resource.Metadata.Namespace is { Length: > 0 } actual && actual != expected)
        {
            context.Report(resource, "metadata.namespace", $"{resource.Kind} is in namespace \"{actual}\", but MetalLB only reads objects in \"{expected}\" and its webhook refuses to create them elsewhere. Set metadata.namespace: {expected} (or pass the namespace MetalLB runs in)");
        }
    }
}
