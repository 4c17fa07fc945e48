using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Model;

/// <summary>Any object read from the input, with where it came from.</summary>
public abstract record KubernetesObject
{
    /// <summary><c>apiVersion</c> as written.</summary>
    public required string ApiVersion { get; init; }

    /// <summary><c>kind</c> as written.</summary>
    public required string Kind { get; init; }

    /// <summary>Name, namespace, labels, annotations.</summary>
    public ObjectMeta Metadata { get; init; } = ObjectMeta.Empty;

    /// <summary>Where the object starts.</summary>
    public SourceSpan Location { get; init; } = SourceSpan.None;

    /// <summary><c>metadata.name</c>.</summary>
    public string? Name => Metadata.Name;

    /// <summary>The reference findings use.</summary>
    public ResourceRef Ref => new(ApiVersion, Kind, Metadata.Namespace, Metadata.Name);

    internal DocNode? Tree { get; init; }

    /// <summary>The kustomization.yaml whose <c>namespace:</c> set <see cref="ObjectMeta.Namespace"/>, when one did.</summary>
    internal string? NamespaceFrom { get; init; }

    /// <summary>Paths of fields holding a Flux <c>${VAR}</c> substitution: their value is unknown here.</summary>
    internal IReadOnlySet<string> Placeholders { get; init; } = NoPlaceholders;

    private static readonly HashSet<string> NoPlaceholders = [];

    /// <summary>True when <paramref name="path"/>, or a field or item inside it, holds a substitution variable.</summary>
    internal bool IsUnknown(string path) =>
        Placeholders.Count > 0 && Placeholders.Any(p => p == path || (p.StartsWith(path, StringComparison.Ordinal) && p.Length > path.Length && p[path.Length] is '.' or '['));

    /// <summary>The position of a field path such as <c>spec.addresses[1]</c>, or the nearest enclosing field that exists.</summary>
    public SourceSpan Locate(string? path) => Tree is null ? Location : DocPath.Locate(Tree, path);
}
