using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// The selector rules, as rows: each finds its findings (path, message) in one selector field; one check runs every
/// row over every selector field of every object given (<see cref="SelectorFields"/>).
/// </summary>
internal static class SelectorsChecks
{
    private sealed record Row(RuleDescriptor Rule, Func<SelectorField, ValidationOptions, IEnumerable<(string Path, string Message)>> Find);

    /// <summary>MetalLB checks an IPAddressPool's serviceAllocation selectors for duplicates only from 0.13.10 (addressPoolServiceAllocationsFromCR); its other lists from 0.13.0.</summary>
    private static readonly Version ServiceAllocationDuplicatesFrom = new(0, 13, 10);

    private static readonly string[] Operators = ["In", "NotIn", "Exists", "DoesNotExist"];

    private static readonly Row[] Rows =
    [
        new(MetalLbRules.SelectorUnknownOperator, (f, _) =>
            from x in Expressions(f)
            where !x.Expression.HasKnownOperator && !(f.IsV1Beta1Peer && x.Expression.Operator.Length == 0)
            let suggestion = Operators.FirstOrDefault(k => string.Equals(k, x.Expression.Operator.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            let hint = suggestion is null ? "; use In, NotIn, Exists or DoesNotExist" : $"; operators are case-sensitive, write \"{suggestion}\""
            select ($"{x.Path}.operator", $"\"{x.Expression.Operator}\" is not a label selector operator{hint}")),

        // MLB0223 reports v1beta1 expressions without values.
        new(MetalLbRules.SelectorMissingValues, (f, _) =>
            from x in Expressions(f)
            where !f.IsV1Beta1Peer && x.Expression is { Operator: "In" or "NotIn", Values.Count: 0 }
            select ($"{x.Path}.values", $"\"{x.Expression.Key}\" {x.Expression.Operator} has no values; list at least one value, or use Exists/DoesNotExist to test only for the key")),

        new(MetalLbRules.SelectorUnexpectedValues, (f, _) =>
            from x in Expressions(f)
            where x.Expression is { Operator: "Exists" or "DoesNotExist", Values.Count: > 0 }
            select ($"{x.Path}.values", $"\"{x.Expression.Key}\" {x.Expression.Operator} takes no values but has [{string.Join(", ", x.Expression.Values)}]; remove the values, or use In/NotIn to compare them")),

        // MLB0223 reports a v1beta1 expression without a key.
        new(MetalLbRules.SelectorInvalidLabelKey, (f, _) =>
            from key in Selectors(f).SelectMany(s => s.Selector.MatchLabels.Keys.Select(k => (Path: $"{s.Path}.matchLabels[{k}]", Key: k))
                .Concat(s.Selector.MatchExpressions.Select((e, j) => (Path: $"{s.Path}.matchExpressions[{j}].key", e.Key)).Where(e => !(f.IsV1Beta1Peer && e.Key.Length == 0))))
            let problem = LabelSyntax.KeyProblem(key.Key)
            where problem is not null
            select (key.Path, $"\"{key.Key}\" is not a valid label key: {problem}; use a key such as kubernetes.io/hostname or zone")),

        new(MetalLbRules.SelectorInvalidLabelValue, (f, _) =>
            from value in Selectors(f).SelectMany(s => s.Selector.MatchLabels.Select(l => (Path: $"{s.Path}.matchLabels[{l.Key}]", l.Key, l.Value))
                .Concat(s.Selector.MatchExpressions.SelectMany((e, j) => e.Values.Select((v, k) => (Path: $"{s.Path}.matchExpressions[{j}].values[{k}]", e.Key, Value: v)))))
            let problem = LabelSyntax.ValueProblem(value.Value)
            where problem is not null
            select (value.Path, $"\"{value.Value}\" (for key \"{value.Key}\") is not a valid label value: {problem}; no node, namespace, service or pool can carry it, so fix the value")),

        new(MetalLbRules.SelectorDuplicate, (f, options) =>
            !f.IsList || (f.Path.StartsWith("spec.serviceAllocation.", StringComparison.Ordinal) && options.MetalLbVersion < ServiceAllocationDuplicatesFrom) ? []
            : from d in ListDuplicates.In(f.Selectors.Select(SelectorCanon.Of).ToList())
              let shown = f.Selectors[d.Index].IsEmpty ? "{} (every object)" : $"\"{f.Selectors[d.Index]}\""
              select (f.PathOf(d.Index), $"{f.Name} selector {shown} repeats {f.PathOf(d.First)}; MetalLB rejects duplicate selectors, remove this one")),

        new(MetalLbRules.SelectorExpressionDuplicate, (f, _) =>
            from s in Selectors(f)
            from d in ListDuplicates.In(s.Selector.MatchExpressions.Select(SelectorCanon.Of).ToList())
            select ($"{s.Path}.matchExpressions[{d.Index}]", $"match expression \"{s.Selector.MatchExpressions[d.Index]}\" repeats {s.Path}.matchExpressions[{d.First}]; MetalLB rejects duplicates, remove this one")),

        new(MetalLbRules.SelectorValueDuplicate, (f, _) =>
            from x in Expressions(f)
            from d in ListDuplicates.In(x.Expression.Values)
            select ($"{x.Path}.values[{d.Index}]", $"value \"{x.Expression.Values[d.Index]}\" appears twice in the \"{x.Expression.Key}\" expression; MetalLB rejects duplicate values, remove this one")),
    ];

    public static Rule[] All { get; } = [Rule.ForEach<KubernetesObject>(Rows.Select(r => r.Rule).ToArray(), Check)];

    // The rows read the object and the options alone: the webhook finds each snapshot object's findings once.
    private static readonly KeptPerObject<KubernetesObject, List<(RuleDescriptor Rule, string Path, string Message)>> Found = new((resource, options) =>
        [.. from field in SelectorFields.Of(resource) from row in Rows from found in row.Find(field, options) select (row.Rule, found.Path, found.Message)]);

    private static void Check(KubernetesObject resource, RuleContext context)
    {
        foreach (var (rule, path, message) in Found.For(resource, context.Options))
        {
            context.Report(rule, resource, path, message);
        }
    }

    private static IEnumerable<(string Path, LabelSelector Selector)> Selectors(SelectorField field) =>
        field.Selectors.Select((s, i) => (field.PathOf(i), s));

    private static IEnumerable<(string Path, SelectorRequirement Expression)> Expressions(SelectorField field) =>
        Selectors(field).SelectMany(s => s.Selector.MatchExpressions.Select((e, j) => ($"{s.Path}.matchExpressions[{j}]", e)));
}
