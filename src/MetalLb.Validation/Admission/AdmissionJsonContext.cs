using System.Text.Json.Serialization;

namespace MetalLb.Validation.Admission;

/// <summary>Source-generated JSON for AdmissionReview, so the handler works trimmed and under NativeAOT.</summary>
[JsonSerializable(typeof(AdmissionReview))]
internal sealed partial class AdmissionJsonContext : JsonSerializerContext;
