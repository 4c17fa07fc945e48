using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model;

/// <summary>Any object read from the input, with where it came from.</summary>
public abstract record KubernetesObject
{
    /// <summary>An object of <paramref name="kind"/> served as <paramref name="apiVersion"/>; what a reader or a program sets wins.</summary>
    protected KubernetesObject(string apiVersion, string kind)
    {
        ApiVersion = apiVersion;
        Kind = kind;
    }

    /// <summary><c>apiVersion</c> as written; by default the version MetalLB (or Kubernetes) serves for the kind.</summary>
    public string ApiVersion { get; init; }

    /// <summary><c>kind</c> as written.</summary>
    public string Kind { get; init; }

    /// <summary>Name, namespace, labels, annotations.</summary>
    public ObjectMeta Metadata { get; init; } = ObjectMeta.Empty;

    /// <summary>Where the object starts.</summary>
    public SourceSpan Location { get; init; } = SourceSpan.None;

    /// <summary><c>metadata.name</c>.</summary>
    public string? Name => Metadata.Name;

    /// <summary>The reference findings use.</summary>
    public ResourceRef Ref => new(ApiVersion, Kind, Metadata.Namespace, Metadata.Name);

    /// <summary>Where its fields were written, when it was read from a document.</summary>
    internal SourceMap? Source { get; init; }

    /// <summary>The kustomization.yaml whose <c>namespace:</c> set <see cref="ObjectMeta.Namespace"/>, when one did.</summary>
    internal string? NamespaceFrom { get; init; }

    /// <summary>Paths of fields holding a Flux <c>${VAR}</c> substitution: their value is unknown here.</summary>
    internal IReadOnlySet<string> Placeholders { get; init; } = NoPlaceholders;

    private static readonly HashSet<string> NoPlaceholders = [];

    /// <summary>True when <paramref name="path"/>, or a field or item inside it, holds a substitution variable.</summary>
    internal bool IsUnknown(string path) =>
        Placeholders.Count > 0 && Placeholders.Any(p => p == path || (p.StartsWith(path, StringComparison.Ordinal) && p.Length > path.Length && p[path.Length] is '.' or '['));

    /// <summary>
    /// True when a finding at <paramref name="path"/> would rest on a placeholder: the field holds one, lies inside
    /// one (an item of a list given as a variable), or contains one.
    /// </summary>
    internal bool RestsOnUnknown(string path) =>
        Placeholders.Count > 0 && (IsUnknown(path) || Placeholders.Any(p => path.StartsWith(p, StringComparison.Ordinal) && path.Length > p.Length && path[p.Length] is '.' or '['));

    /// <summary>
    /// The document path of a path a rule built from the model: list items holding a placeholder are not in the model
    /// (read as unknown), so the k-th modelled item of such a list is the k-th item of the document that holds none.
    /// </summary>
    internal string ToDocumentPath(string path)
    {
        if (Placeholders.Count == 0 || path.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var result = new System.Text.StringBuilder(path.Length + 4);
        var at = 0;
        while (at < path.Length)
        {
            var open = path.IndexOf('[', at);
            var close = open < 0 ? -1 : path.IndexOf(']', open);
            if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k))
            {
                result.Append(path, at, path.Length - at);
                break;
            }

            result.Append(path, at, open - at);
            var list = result.ToString();
            var index = -1;
            for (var kept = -1; kept < k;)
            {
                index++;
                if (!Placeholders.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list}[{index}]")))
                {
                    kept++;
                }
            }

            result.Append('[').Append(index).Append(']');
            at = close + 1;
        }

        return result.ToString();
    }

    /// <summary>The position of a field path such as <c>spec.addresses[1]</c>, or the nearest enclosing field that exists.</summary>
    public SourceSpan Locate(string? path) => Source?.Locate(path) ?? Location;
}
