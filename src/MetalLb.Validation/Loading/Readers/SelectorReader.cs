using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads Kubernetes label selectors (and MetalLB's v1beta1 node selectors, which have the same shape).</summary>
internal static class SelectorReader
{
    public static IReadOnlyList<LabelSelector> ReadList(FieldReader parent, string key)
    {
        var result = new List<LabelSelector>();
        foreach (var (node, path) in parent.Items(key))
        {
            if (parent.ItemObject(node, path) is { } item)
            {
                result.Add(ReadOne(item));
            }
        }

        return result;
    }

    public static LabelSelector ReadOne(FieldReader selector)
    {
        var labels = selector.StringMap("matchLabels");
        var expressions = new List<SelectorRequirement>();
        foreach (var (node, path) in selector.Items("matchExpressions"))
        {
            if (selector.ItemObject(node, path) is not { } expression)
            {
                continue;
            }

            expressions.Add(new SelectorRequirement(
                expression.String("key") ?? string.Empty,
                expression.String("operator") ?? string.Empty,
                expression.Strings("values"),
                node.Span));
            expression.ReportUnknownFields();
        }

        selector.ReportUnknownFields();
        return new LabelSelector(labels, expressions, selector.Mapping.Span);
    }
}
