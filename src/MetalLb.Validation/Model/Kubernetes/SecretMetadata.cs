namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>A <c>Secret</c> reduced to what validation needs: its type and the names of its keys. Values are never read.</summary>
public sealed record SecretMetadata() : KubernetesObject("v1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "Secret";

    /// <summary><c>type</c>; Kubernetes defaults it to <c>Opaque</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Keys present in <c>data</c> or <c>stringData</c>.</summary>
    public IReadOnlyCollection<string> Keys { get; init; } = [];

    /// <summary>
    /// True when only the metadata was read (a live cluster's Secrets are listed without their data): the type and
    /// the keys are unknown, so the checks of them stand down.
    /// </summary>
    public bool MetadataOnly { get; init; }
}
