using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>The kind of the object under admission (<c>metallb.io</c>, <c>v1beta1</c>, <c>IPAddressPool</c>).</summary>
public sealed record GroupVersionKind
{
    /// <summary>API group; empty for the core group.</summary>
    [JsonPropertyName("group")]
    public string? Group { get; init; }

    /// <summary>API version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Kind.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }
}
