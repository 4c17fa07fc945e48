using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>The <c>status</c> of a denial (a metav1.Status): HTTP-like code, message and reason.</summary>
public sealed record AdmissionStatus
{
    /// <summary>422 for a configuration that breaks a rule, 400 for a malformed review.</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>What kubectl shows after "denied the request:".</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Machine-readable reason (<c>Invalid</c>, <c>BadRequest</c>).</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
