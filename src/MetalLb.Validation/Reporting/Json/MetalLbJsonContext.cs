using System.Text.Json.Serialization;

namespace MetalLb.Validation.Reporting.Json;

/// <summary>
/// System.Text.Json metadata for the JSON report, generated at build time (trim- and NativeAOT-safe):
/// <c>JsonSerializer.Deserialize(text, MetalLbJsonContext.Default.JsonReport)</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonReport))]
public sealed partial class MetalLbJsonContext : JsonSerializerContext;
