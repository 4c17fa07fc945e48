using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>An <c>admission.k8s.io/v1</c> AdmissionReview, as the API server posts it and as the webhook answers.</summary>
public sealed record AdmissionReview
{
    /// <summary>The only API version supported.</summary>
    public const string V1 = "admission.k8s.io/v1";

    /// <summary>The kind name.</summary>
    public const string KindName = "AdmissionReview";

    /// <summary>Always <see cref="V1"/> in a response.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; } = V1;

    /// <summary>Always <see cref="KindName"/> in a response.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; } = KindName;

    /// <summary>The request (incoming reviews).</summary>
    [JsonPropertyName("request")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AdmissionRequest? Request { get; init; }

    /// <summary>The response (outgoing reviews).</summary>
    [JsonPropertyName("response")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AdmissionResponse? Response { get; init; }
}
