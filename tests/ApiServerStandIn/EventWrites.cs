using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApiServerStandIn;

/// <summary>
/// The one write the stand-in takes: core/v1 Events, as recorders send them. POST to a namespace's events creates
/// one (409 AlreadyExists when the name is taken), PATCH of an event applies a JSON merge patch (404 when absent).
/// Events are stored like every object, so lists, watches and kubectl see them; 403 through <see cref="StandInServer.Forbidden"/>.
/// </summary>
internal static class EventWrites
{
    public static bool Matches(string path) =>
        path.Trim('/').Split('/') is ["api", "v1", "namespaces", _, "events"] or ["api", "v1", "namespaces", _, "events", _];

    public static async Task HandleAsync(StandInServer server, HttpContext context)
    {
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        var ns = segments[3];
        var resource = server.Resource("events");
        if (server.Forbidden.ContainsKey(resource.Key))
        {
            var verb = context.Request.Method == "POST" ? "create" : "patch";
            await StandInServer.WriteAsync(context, 403, ApiShapes.Status(403, "Forbidden",
                $"events is forbidden: User \"system:serviceaccount:metallb-system:metallb-validate\" cannot {verb} resource \"events\" in API group \"\" in the namespace \"{ns}\"")).ConfigureAwait(false);
            return;
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException ex)
        {
            await StandInServer.WriteAsync(context, 400, ApiShapes.Status(400, "BadRequest", $"the body is not JSON: {ex.Message}")).ConfigureAwait(false);
            return;
        }

        if (body is null)
        {
            await StandInServer.WriteAsync(context, 400, ApiShapes.Status(400, "BadRequest", "the body is not a JSON object")).ConfigureAwait(false);
            return;
        }

        if (segments.Length == 5)
        {
            var name = body["metadata"]?["name"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name) || body["involvedObject"] is not JsonObject || body["reason"] is null)
            {
                await StandInServer.WriteAsync(context, 422, ApiShapes.Status(422, "Invalid", "an Event needs metadata.name, involvedObject and reason")).ConfigureAwait(false);
                return;
            }

            if (server.Store.Get(resource, ns, name) is not null)
            {
                await StandInServer.WriteAsync(context, 409, ApiShapes.Status(409, "AlreadyExists", $"events \"{name}\" already exists")).ConfigureAwait(false);
                return;
            }

            body["metadata"]!["namespace"] = ns;
            await StandInServer.WriteAsync(context, 201, server.Store.Apply(resource, body)).ConfigureAwait(false);
            return;
        }

        var existing = server.Store.Get(resource, ns, segments[5]);
        if (existing is null)
        {
            await StandInServer.WriteAsync(context, 404, ApiShapes.Status(404, "NotFound", $"events \"{segments[5]}\" not found")).ConfigureAwait(false);
            return;
        }

        Merge(existing, body);
        await StandInServer.WriteAsync(context, 200, server.Store.Apply(resource, existing)).ConfigureAwait(false);
    }

    /// <summary>RFC 7386: objects merge, null removes, anything else replaces.</summary>
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
