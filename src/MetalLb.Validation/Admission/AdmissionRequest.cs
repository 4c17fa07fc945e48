using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>The <c>request</c> of an AdmissionReview (admission.k8s.io/v1): the fields a validating webhook reads.</summary>
public sealed record AdmissionRequest
{
    /// <summary>Round-trip id, echoed in the response.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Kind of the object.</summary>
    [JsonPropertyName("kind")]
    public GroupVersionKind? Kind { get; init; }

    /// <summary>Object name; empty on CREATE with generateName.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Namespace of the object.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary><c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c> or <c>CONNECT</c>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    /// <summary>The object as it will be (CREATE, UPDATE); <c>object</c> in JSON.</summary>
    [JsonPropertyName("object")]
    public JsonElement? NewObject { get; init; }

    /// <summary>The object as it was (UPDATE, DELETE).</summary>
    [JsonPropertyName("oldObject")]
    public JsonElement? OldObject { get; init; }

    /// <summary>True for a dry run; validation has no side effects either way.</summary>
    [JsonPropertyName("dryRun")]
    public bool? DryRun { get; init; }
}
