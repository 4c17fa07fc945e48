using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>The monitor's own JSON answers, source-generated (NativeAOT has no reflection-based serializer).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Readiness))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class MonitorJsonContext : JsonSerializerContext
{
    /// <summary>Quotes and '+' as they are: the answers are JSON bodies, never HTML.</summary>
    public static MonitorJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}

/// <summary>A JSON error answer: the HTTP status and a plain message.</summary>
internal sealed record ApiError(int Status, string Message);
