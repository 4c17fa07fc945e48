using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>
/// Reads the fields of one mapping by name with type checks, remembering which names were asked for so that
/// <see cref="ReportUnknownFields"/> can flag the rest (typos such as <c>sourceAdress</c>).
/// </summary>
internal sealed class FieldReader(DocMapping mapping, string path, ReadContext context)
{
    // Few names per mapping: a list searched in order costs less than a hash set made for every mapping read.
    private readonly List<string> _known = new(8);

    public DocMapping Mapping => mapping;

    public string PathOf(string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>The value of <paramref name="key"/>, or null when absent or YAML null.</summary>
    public DocNode? Node(string key)
    {
        if (!_known.Contains(key))
        {
            _known.Add(key);
        }

        var node = mapping[key];
        return node is DocScalar { Kind: ScalarKind.Null } || context.IsPlaceholder(node, PathOf(key)) ? null : node;
    }

    public void Accept(params string[] keys) => _known.AddRange(keys);

    public string? String(string key) => AsString(Node(key), PathOf(key));

    /// <summary>A string that holds a secret: a value of the wrong type is reported without showing it.</summary>
    public string? Secret(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case DocScalar { Kind: ScalarKind.String } s:
                return s.Text;
            case DocScalar:
                context.Report(MetalLbRules.WrongType, $"{PathOf(key)} must be a string, but YAML reads it as another type (the value is not shown: it is a secret); put it in quotes", node.Span, PathOf(key));
                return null;
            default:
                context.WrongType(node, PathOf(key), "a string");
                return null;
        }
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is DocScalar { IsPlain: true } s && ScalarTyping.TryGetBool(s.Text, out var value))
        {
            return value;
        }

        context.WrongType(node, PathOf(key), "true or false");
        return null;
    }

    /// <summary>An integer within the range of the field's Go type; reported and null otherwise.</summary>
    public long? Integer(string key, long min, long max, string typeName)
    {
        var node = Node(key);
        return node is null ? null : AsInteger(node, PathOf(key), min, max, typeName);
    }

    public FieldReader? Object(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is DocMapping child)
        {
            return new FieldReader(child, PathOf(key), context);
        }

        context.WrongType(node, PathOf(key), "a mapping");
        return null;
    }

    /// <summary>The items of a list field with their paths; a wrong type is reported and read as empty.</summary>
    public IReadOnlyList<(DocNode Node, string Path)> Items(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case DocSequence seq:
                var items = new List<(DocNode, string)>(seq.Items.Count);
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    items.Add((seq.Items[i], $"{PathOf(key)}[{i}]"));
                }

                return items;
            default:
                context.WrongType(node, PathOf(key), "a list");
                return [];
        }
    }

    public IReadOnlyList<string> Strings(string key) =>
        Items(key).Select(i => AsString(i.Node, i.Path)).OfType<string>().ToList();

    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        var map = Object(key);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var entry in map.Mapping.Entries)
        {
            var value = entry.Value is DocScalar { Kind: ScalarKind.Null } ? string.Empty : map.AsString(entry.Value, map.PathOf(entry.Key.Text));
            if (value is not null)
            {
                result[entry.Key.Text] = value;
            }
        }

        return result;
    }

    public FieldReader? ItemObject(DocNode node, string itemPath)
    {
        if (node is DocMapping m)
        {
            return new FieldReader(m, itemPath, context);
        }

        context.WrongType(node, itemPath, "a mapping");
        return null;
    }

    /// <summary>Reports a field that exists but does not belong here, with a tailored message.</summary>
    public void ReportOnly(string key, DocNode node, string message) =>
        context.Report(MetalLbRules.UnknownField, message, mapping.Entries.FirstOrDefault(e => e.Key.Text == key).Key?.Span ?? node.Span, PathOf(key));

    /// <param name="consequence">What happens to an unknown field; the API server's behaviour unless the mapping is not a Kubernetes object.</param>
    public void ReportUnknownFields(string consequence = "the API server rejects or drops it")
    {
        foreach (var entry in mapping.Entries)
        {
            if (_known.Contains(entry.Key.Text))
            {
                continue;
            }

            var suggestion = FieldNames.Closest(entry.Key.Text, _known);
            var hint = suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?";
            context.Report(
                MetalLbRules.UnknownField,
                $"unknown field \"{PathOf(entry.Key.Text)}\": {consequence}{hint}",
                entry.Key.Span,
                PathOf(entry.Key.Text));
        }
    }

    public string? AsString(DocNode? node, string at)
    {
        switch (node)
        {
            case null:
                return null;
            case DocScalar { Kind: ScalarKind.Null }:
                return null;
            case DocScalar { Kind: ScalarKind.String } when context.IsPlaceholder(node, at):
                return null;
            case DocScalar { Kind: ScalarKind.String } s:
                return s.Text;
            default:
                context.WrongType(node, at, "a string");
                return null;
        }
    }

    public long? AsInteger(DocNode node, string at, long min, long max, string typeName)
    {
        if (context.IsPlaceholder(node, at))
        {
            return null;
        }

        if (node is not DocScalar { IsPlain: true } s || !ScalarTyping.TryGetInteger(s.Text, out var value))
        {
            if (node is DocScalar { IsPlain: true } big && ScalarTyping.Resolve(big.Text) == ScalarKind.Integer)
            {
                context.Report(MetalLbRules.NumberOutOfRange, $"{at} is {big.Text}, which does not fit a {typeName}", node.Span, at);
            }
            else
            {
                context.WrongType(node, at, $"an integer ({typeName})");
            }

            return null;
        }

        if (value < min || value > max)
        {
            context.Report(MetalLbRules.NumberOutOfRange, $"{at} is {value}, outside the {typeName} range {min}..{max}", node.Span, at);
            return null;
        }

        return (long)value;
    }
}
