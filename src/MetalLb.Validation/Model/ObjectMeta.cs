namespace MetalLb.Validation.Model;

/// <summary>The parts of Kubernetes object metadata validation needs.</summary>
public sealed record ObjectMeta(
    string? Name,
    string? Namespace,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations)
{
    /// <summary>Metadata with nothing set.</summary>
    public static ObjectMeta Empty { get; } = new(null, null, new Dictionary<string, string>(), new Dictionary<string, string>());
}
