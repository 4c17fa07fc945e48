using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.Monitor.Events;

/// <summary>The object an Event is about: a MetalLB object or a Node (whose Events live in the default namespace, as kubelet's do).</summary>
internal sealed record EventTarget(string ApiVersion, string Kind, string? Namespace, string Name)
{
    public string EventNamespace => Namespace ?? "default";

    public static EventTarget Of(ResourceRef resource) => new(resource.ApiVersion, resource.Kind, resource.Namespace, resource.Name ?? string.Empty);

    public static EventTarget Node(string name) => new("v1", "Node", null, name);
}

/// <summary>
/// One Event to record: a finding that appeared (Warning, reason = its rule id) or cleared (Normal, reason =
/// rule id + "Cleared") on one object. Its name is derived from the finding and the object, so the same finding on
/// the same object is the same Event: recorded again, it counts up instead of adding another.
/// </summary>
internal sealed record FindingEvent(EventTarget Target, string Key, string Reason, string Type, string Message)
{
    public const string Component = "metallb-validate-monitor";

    private const int MaxMessage = 1024;

    public static FindingEvent Appeared(EventTarget target, Diagnostic d) =>
        new(target, KeyOf(d), d.RuleId, d.Severity == DiagnosticSeverity.Info ? "Normal" : "Warning", d.Message);

    public static FindingEvent Cleared(EventTarget target, Diagnostic d) =>
        new(target, KeyOf(d), d.RuleId + "Cleared", "Normal", $"{d.RuleId} cleared: {d.Message}");

    /// <summary>What makes two findings the same one across validations: rule, object, field path and node (not the wording).</summary>
    public static string KeyOf(Diagnostic d) => $"{d.RuleId}|{d.Resource?.Kind}/{d.Resource?.Namespace}/{d.Resource?.Name}|{d.Path}|{d.Node}";

    /// <summary><c>tor-worker-2.mlbv-3f2a9c1b0d4e</c>: the object's name and a hash of the finding and reason (at most 253 characters).</summary>
    public string Name
    {
        get
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Key}|{Reason}|{Target.Kind}/{Target.Namespace}/{Target.Name}")))[..12].ToLowerInvariant();
            var prefix = Target.Name.Length > 200 ? Target.Name[..200] : Target.Name;
            return $"{prefix}.mlbv-{hash}";
        }
    }

    /// <summary>The core/v1 Event to create.</summary>
    public byte[] Body(DateTimeOffset now, string instance)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", "v1");
            json.WriteString("kind", "Event");
            json.WriteStartObject("metadata");
            json.WriteString("name", Name);
            json.WriteString("namespace", Target.EventNamespace);
            json.WriteEndObject();
            json.WriteStartObject("involvedObject");
            json.WriteString("apiVersion", Target.ApiVersion);
            json.WriteString("kind", Target.Kind);
            json.WriteString("name", Target.Name);
            if (Target.Namespace is not null)
            {
                json.WriteString("namespace", Target.Namespace);
            }

            json.WriteEndObject();
            json.WriteString("reason", Reason);
            json.WriteString("message", Message.Length > MaxMessage ? Message[..MaxMessage] : Message);
            json.WriteString("type", Type);
            json.WriteString("firstTimestamp", Timestamp(now));
            json.WriteString("lastTimestamp", Timestamp(now));
            json.WriteNumber("count", 1);
            json.WriteStartObject("source");
            json.WriteString("component", Component);
            json.WriteEndObject();
            json.WriteString("reportingComponent", Component);
            json.WriteString("reportingInstance", instance);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The merge patch that records it once more.</summary>
    public byte[] Recurrence(DateTimeOffset now, int count)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("count", count);
            json.WriteString("lastTimestamp", Timestamp(now));
            json.WriteString("message", Message.Length > MaxMessage ? Message[..MaxMessage] : Message);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
