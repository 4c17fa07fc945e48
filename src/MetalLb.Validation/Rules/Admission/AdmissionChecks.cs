using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Namespaces;
using static MetalLb.Validation.MetalLbRules;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>
/// The Admission checks: what MetalLB's webhook and API server refuse. MetalLB reads one namespace only and its webhook
/// refuses MetalLB objects elsewhere; deletions and updates are <see cref="AdmissionChanges"/>.
/// </summary>
internal static class AdmissionChecks
{
    public static Rule[] All { get; } =
    [
        Rule.ForEach<MetalLbObject>(ObjectOutsideMetalLbNamespace, Outside),
        Rule.ForEach<MetalLbObject>(ObjectWithoutNamespace, Missing),
        Rule.ForSet([BfdProfileDeletedInUse, CommunityAliasDeletedInUse, SecretDeletedInUse], AdmissionChanges.DeletedInUse),
        Rule.ForSet(GracefulRestartChanged, AdmissionChanges.GracefulRestart),
    ];

    /// <summary>
    /// An object outside the namespace MetalLB runs in: given, found from MetalLB's install, or (when the MetalLB
    /// objects are split over namespaces) the namespace most of them are in.
    /// </summary>
    private static void Outside(MetalLbObject resource, RuleContext context)
    {
        var assumed = context.MetalLbNamespace;
        if (resource.Metadata.Namespace is not { Length: > 0 } actual || actual == assumed.Name)
        {
            return;
        }

        var setBy = resource.NamespaceFrom is { } kustomization ? $" (set by {kustomization})" : string.Empty;
        context.Report(ObjectOutsideMetalLbNamespace, resource, "metadata.namespace", assumed.Source switch
        {
            NamespaceSource.Given or NamespaceSource.Install =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but MetalLB runs in \"{assumed.Name}\" ({assumed.Reason}); MetalLB reads only its own namespace and its webhook refuses MetalLB objects elsewhere. Put it in namespace {assumed.Name}",
            _ =>
                $"{resource.Kind} is in namespace \"{actual}\"{setBy}, but the MetalLB objects are split across namespaces ({string.Join(", ", assumed.Split.Select(s => $"{s.Key}: {s.Value}"))}); MetalLB reads only the namespace it runs in (its --namespace, by default its pod's namespace), so only one set is used. Assumed \"{assumed.Name}\", where most of them are: move this {resource.Kind} there, or pass --metallb-namespace {actual} if MetalLB runs in \"{actual}\"",
        });
    }

    /// <summary>An object without a namespace: kubectl uses the current context's, which cannot be known here.</summary>
    private static void Missing(MetalLbObject resource, RuleContext context)
    {
        if (string.IsNullOrEmpty(resource.Metadata.Namespace))
        {
            var expected = context.MetalLbNamespace;
            context.Report(ObjectWithoutNamespace, resource, "metadata",
                $"{resource.Kind} has no metadata.namespace, so kubectl puts it in the current context's namespace (usually \"default\"); MetalLB's webhook refuses it anywhere but the namespace MetalLB runs in, assumed \"{expected.Name}\" ({expected.Reason}). Add namespace: {expected.Name}, or apply with -n {expected.Name}");
        }
    }
}
