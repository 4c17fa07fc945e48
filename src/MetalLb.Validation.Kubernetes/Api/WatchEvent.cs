using System.Text.Json;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>One line of a watch: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR, and its object (a <c>Status</c> for ERROR).</summary>
internal sealed record WatchEvent(string Type, JsonElement Object)
{
    public string? ResourceVersion =>
        Object.ValueKind == JsonValueKind.Object && Object.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
        && m.TryGetProperty("resourceVersion", out var rv) && rv.ValueKind == JsonValueKind.String ? rv.GetString() : null;

    /// <summary>The HTTP-like code of an ERROR event's Status (410 when the resourceVersion is too old).</summary>
    public int? ErrorCode => Type == "ERROR" && Object.ValueKind == JsonValueKind.Object && Object.TryGetProperty("code", out var c) && c.TryGetInt32(out var code) ? code : null;
}
