using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>The <c>response</c> of an AdmissionReview.</summary>
public sealed record AdmissionResponse
{
    /// <summary>The request's uid, echoed.</summary>
    [JsonPropertyName("uid")]
    public string Uid { get; init; } = string.Empty;

    /// <summary>Whether the request may proceed.</summary>
    [JsonPropertyName("allowed")]
    public bool Allowed { get; init; }

    /// <summary>Why it was denied; null when allowed.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AdmissionStatus? Status { get; init; }

    /// <summary>Warnings kubectl prints, within Kubernetes' limits; null when there are none.</summary>
    [JsonPropertyName("warnings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }
}
