using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Namespaces;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>
/// MLB1200: a MetalLB object outside the namespace MetalLB runs in: given, found from MetalLB's install, or (when the
/// MetalLB objects are split over namespaces) the namespace most of them are in. MetalLB reads one namespace only.
/// </summary>
internal sealed class WrongNamespaceRule : ResourceRule<MetalLbObject>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1200", "MetalLB object outside the MetalLB namespace", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "resource must be created in %s namespace");

    /// <inheritdoc />
    protected override void Check(MetalLbObject resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var assumed = context.MetalLbNamespace;
        if (resource.Metadata.Namespace is not { Length: > 0 } actual || actual == assumed.Name)
        {
            return;
        }

        var setBy = resource.NamespaceFrom is { } kustomization ? $" (set by {kustomization})" : string.Empty;
        var message = assumed.Source switch
        {
            NamespaceSource.Given or NamespaceSource.Install =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but MetalLB runs in \"{assumed.Name}\" ({assumed.Reason}); MetalLB reads only its own namespace and its webhook refuses MetalLB objects elsewhere. Put it in namespace {assumed.Name}",
            _ =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but the MetalLB objects are split across namespaces ({string.Join(", ", assumed.Split.Select(s => $"{s.Key}: {s.Value}"))}); MetalLB reads only the namespace it runs in (its --namespace, by default its pod's namespace), so only one set is used. Assumed \"{assumed.Name}\", where most of them are: move this {resource.Kind} there, or pass --metallb-namespace {actual} if MetalLB runs in \"{actual}\"",
        };
        context.Report(resource, "metadata.namespace", message);
    }
}
