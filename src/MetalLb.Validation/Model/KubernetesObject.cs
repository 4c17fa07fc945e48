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

    /// <summary>The position of a field path such as <c>spec.addresses[1]</c>, or the nearest enclosing field that exists.</summary>
    public SourceSpan Locate(string? path) => Tree is null ? Location : DocPath.Locate(Tree, path);
}
