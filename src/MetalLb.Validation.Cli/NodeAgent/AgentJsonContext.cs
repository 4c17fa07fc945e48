using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>The agent's own JSON answers, source-generated (NativeAOT has no reflection-based serializer).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AgentReadiness))]
internal sealed partial class AgentJsonContext : JsonSerializerContext
{
    /// <summary>Quotes and '+' as they are: the answers are JSON bodies, never HTML.</summary>
    public static AgentJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
