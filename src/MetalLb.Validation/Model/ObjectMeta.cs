namespace MetalLb.Validation.Model;

/// <summary>The parts of Kubernetes object metadata validation needs.</summary>
public sealed record ObjectMeta(
    string? Name,
    string? Namespace,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations)
{
    /// <summary>A name and, optionally, a namespace (none: the object is applied where MetalLB runs), no labels or annotations.</summary>
    public ObjectMeta(string? name, string? @namespace = null)
        : this(name, @namespace, Empty.Labels, Empty.Annotations)
    {
    }

    /// <summary>Metadata with nothing set.</summary>
    public static ObjectMeta Empty { get; } = new(null, null, new Dictionary<string, string>(), new Dictionary<string, string>());
}
