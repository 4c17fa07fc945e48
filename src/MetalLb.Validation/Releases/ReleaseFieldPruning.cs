using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Releases;

/// <summary>
/// What the API server of a given release does with a field its MetalLB CRD does not have: CRDs have structural
/// schemas, so the field is pruned (dropped) on write, and kubectl's strict field validation (its default) rejects
/// the object instead. Either way the field has no effect: the finding is MLB0005, and the object the rules see is
/// the one without the field, so no rule about the field runs for a release without it.
/// </summary>
internal static class ReleaseFieldPruning
{
    /// <summary>
    /// <paramref name="o"/> as the API server of <paramref name="release"/> stores it, calling
    /// <paramref name="report"/> for each field it drops; the same object when nothing is dropped.
    /// </summary>
    public static KubernetesObject Prune(KubernetesObject o, Version release, BackendMode mode, Action<Diagnostic, MetalLbObject> report)
    {
        if (o is not MetalLbObject metalLb)
        {
            return o;
        }

        var result = metalLb;
        foreach (var field in CrdFields.All)
        {
            if (field.ExistsIn(release) || !field.AppliesTo(metalLb) || !IsWritten(metalLb, field))
            {
                continue;
            }

            report(new Diagnostic(MetalLbRules.UnknownField.Id, MetalLbRules.UnknownField.DefaultSeverity, Message(field, metalLb, release, mode), metalLb.Ref, field.Path, KeySpan(metalLb, field)), metalLb);
            result = field.Without(result);
        }

        return result;
    }

    /// <summary>Load findings (a wrong type, say) about fields <paramref name="release"/> drops: the API server never reads those values.</summary>
    public static bool IsAboutDroppedField(Diagnostic d, Version release) =>
        d.Resource is { } r && d.Path is { } path && d.RuleId != MetalLbRules.UnknownField.Id
        && CrdFields.All.Any(f => !f.ExistsIn(release) && f.Kind == r.Kind && r.ApiVersion.EndsWith("/" + f.ServedVersion, StringComparison.Ordinal)
            && (path == f.Path || path.StartsWith(f.Path + ".", StringComparison.Ordinal) || path.StartsWith(f.Path + "[", StringComparison.Ordinal)));

    private static bool IsWritten(MetalLbObject o, CrdField field) => o.Source is { } source ? source.SpecKey(field.Field) is not null : field.IsSet(o);

    private static SourceSpan KeySpan(MetalLbObject o, CrdField field) => o.Source?.SpecKey(field.Field) ?? o.Locate(field.Path);

    private static string Message(CrdField field, MetalLbObject o, Version release, BackendMode mode)
    {
        var drops = "the API server drops it (kubectl's strict field validation rejects the object instead), so it has no effect and was not validated";
        if (field.Since is not { } since)
        {
            return $"unknown field \"{field.Path}\": no MetalLB release up to {MetalLbRelease.Newest} has it in the {field.Kind} CRD (it exists only on MetalLB's development branch); {drops}. Remove it";
        }

        var fix = field.FrrOnly && mode == BackendMode.Native
            ? $"Remove it: MetalLB's native mode rejects {field.Field} in the releases that have it ({since} and later); it works only in FRR and FRR-K8s mode"
            : $"Remove it, or upgrade MetalLB and its CRDs to {since} or later to use it";
        return $"unknown field \"{field.Path}\": the {field.Kind} CRD of MetalLB {release} does not have it (it was added in {since}); {drops}. {fix}";
    }
}
