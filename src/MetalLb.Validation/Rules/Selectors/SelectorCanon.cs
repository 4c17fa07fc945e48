using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// The structural identity MetalLB uses for duplicate checks: labels by key, expressions in order with their values
/// sorted. <c>{matchLabels: {a: b}}</c> and <c>{matchExpressions: [a In [b]]}</c> stay different, as in MetalLB.
/// </summary>
internal static class SelectorCanon
{
    /// <summary>The identity of a whole selector.</summary>
    public static string Of(LabelSelector selector) =>
        $"{{{string.Concat(selector.MatchLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value};"))}}}[{string.Concat(selector.MatchExpressions.Select(e => Of(e) + ";"))}]";

    /// <summary>The identity of one expression (values sorted).</summary>
    public static string Of(SelectorRequirement expression) =>
        $"{expression.Key}\u0001{expression.Operator}\u0001{string.Join('\u0001', expression.Values.Order(StringComparer.Ordinal))}";
}
