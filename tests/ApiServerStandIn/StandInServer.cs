using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ApiServerStandIn;

/// <summary>
/// The stand-in kube-apiserver: HTTPS on 127.0.0.1 (a fresh self-signed certificate), a bearer token, and the routes
/// kubectl and KubernetesClient use. Knobs for tests: <see cref="Forbidden"/> resources (403), per-resource
/// <see cref="Delays"/>, <see cref="DropWatches"/>, <see cref="SendBookmarks"/>, <see cref="ObjectStore.Compact"/>.
/// </summary>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, ApiResourceInfo> _byKey;
    private CancellationTokenSource _dropWatches = new();
    private CancellationTokenSource _bookmarks = new();

    private StandInServer(WebApplication app, IReadOnlyList<ApiResourceInfo> resources, string token, X509Certificate2 certificate)
    {
        _app = app;
        Resources = resources;
        _byKey = resources.ToDictionary(r => r.Key, StringComparer.Ordinal);
        Token = token;
        Certificate = certificate;
    }

    public IReadOnlyList<ApiResourceInfo> Resources { get; }

    public ObjectStore Store { get; } = new();

    public string Token { get; }

    public X509Certificate2 Certificate { get; }

    public Uri Server { get; private set; } = null!;

    /// <summary>Resource keys (<c>secrets</c>, <c>ipaddresspools.metallb.io</c>) answered 403.</summary>
    public ConcurrentDictionary<string, bool> Forbidden { get; } = new(StringComparer.Ordinal);

    /// <summary>How long a list or get of a resource key waits before answering.</summary>
    public ConcurrentDictionary<string, TimeSpan> Delays { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource keys whose lists are answered with this body instead (200, application/json): API answers of the wrong shape.</summary>
    public ConcurrentDictionary<string, string> Malformed { get; } = new(StringComparer.Ordinal);

    /// <summary>How often an idle watch that allows bookmarks gets one.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Every request: method, path and query, Accept header.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Watches open now.</summary>
    public int OpenWatches => _openWatches;

    private int _openWatches;

    public static async Task<StandInServer> StartAsync(bool nmstate = true, string? token = null, int port = 0)
    {
        var certificate = SelfSignedCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new StandInServer(app, ApiResourceInfo.Defaults(nmstate), token ?? Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant(), certificate);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Server = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Cancelled when the host stops (SIGTERM, Ctrl+C): the generic host takes those signals from the process.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public ApiResourceInfo Resource(string key) => _byKey[key];

    /// <summary>The resource of an object by its apiVersion and kind.</summary>
    public ApiResourceInfo ResourceOf(JsonObject obj)
    {
        var apiVersion = obj["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var kind = obj["kind"]?.GetValue<string>() ?? string.Empty;
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        return Resources.FirstOrDefault(r => r.Kind == kind && r.Group == group) ?? throw new ArgumentException($"the stand-in serves no {kind} in {apiVersion}");
    }

    public JsonObject Apply(JsonObject obj) => Store.Apply(ResourceOf(obj), obj);

    /// <summary>Breaks every open watch connection, as a restarted API server or a load balancer would.</summary>
    public void DropWatches() => Interlocked.Exchange(ref _dropWatches, new CancellationTokenSource()).Cancel();

    /// <summary>Sends a BOOKMARK now on every open watch that allows them.</summary>
    public void SendBookmarks()
    {
        Interlocked.Increment(ref _bookmarkRound);
        Interlocked.Exchange(ref _bookmarks, new CancellationTokenSource()).Cancel();
    }

    private int _bookmarkRound;

    /// <summary>A kubeconfig for this server: its CA, the token (or <paramref name="token"/>), one context.</summary>
    public string Kubeconfig(string context = "stand-in", string? token = null, string? ns = null) => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: stand-in
          cluster:
            server: {Server.AbsoluteUri.TrimEnd('/')}
            certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(Certificate.ExportCertificatePem()))}
        users:
        - name: stand-in
          user:
            token: {token ?? Token}
        contexts:
        - name: {context}
          context:
            cluster: stand-in
            user: stand-in
            namespace: {ns ?? "default"}
        current-context: {context}
        """;

    public async ValueTask DisposeAsync()
    {
        DropWatches();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.Headers.Accept.ToString();
        Requests.Enqueue($"{request.Method} {request.Path}{request.QueryString} [{accept}]");
        if (request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await WriteAsync(context, 401, ApiShapes.Status(401, "Unauthorized", "Unauthorized")).ConfigureAwait(false);
            return;
        }

        if (request.Method is "POST" or "PATCH" && EventWrites.Matches(request.Path.Value!))
        {
            await EventWrites.HandleAsync(this, context).ConfigureAwait(false);
            return;
        }

        if (request.Method != "GET")
        {
            await WriteAsync(context, 405, ApiShapes.Status(405, "MethodNotAllowed", "the stand-in serves reads only")).ConfigureAwait(false);
            return;
        }

        var segments = request.Path.Value!.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments)
        {
            case ["version"]:
                await WriteAsync(context, 200, ApiShapes.Version()).ConfigureAwait(false);
                return;
            case ["api"]:
                await WriteAsync(context, 200, ApiShapes.ApiVersions($"127.0.0.1:{Server.Port}")).ConfigureAwait(false);
                return;
            case ["apis"]:
                await WriteAsync(context, 200, ApiShapes.GroupList(Groups().Select(g => ApiShapes.Group(g.Key, g.Value)))).ConfigureAwait(false);
                return;
            case ["apis", var group] when Groups().TryGetValue(group, out var versions):
                var one = ApiShapes.Group(group, versions);
                one["kind"] = "APIGroup";
                one["apiVersion"] = "v1";
                await WriteAsync(context, 200, one).ConfigureAwait(false);
                return;
            case ["api", "v1"]:
                await WriteAsync(context, 200, ApiShapes.ResourceList("v1", Resources.Where(r => r.Group.Length == 0))).ConfigureAwait(false);
                return;
            case ["apis", var group, var version] when Resources.Any(r => r.Group == group && r.Versions.Contains(version)):
                await WriteAsync(context, 200, ApiShapes.ResourceList($"{group}/{version}", Resources.Where(r => r.Group == group && r.Versions.Contains(version)))).ConfigureAwait(false);
                return;
            case ["api", "v1", .. var rest]:
                await ServeResourceAsync(context, string.Empty, "v1", rest).ConfigureAwait(false);
                return;
            case ["apis", var group, var version, .. var rest]:
                await ServeResourceAsync(context, group, version, rest).ConfigureAwait(false);
                return;
            default:
                await NotFoundAsync(context).ConfigureAwait(false);
                return;
        }
    }

    private Dictionary<string, List<string>> Groups() =>
        Resources.Where(r => r.Group.Length > 0).GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Versions).Distinct().OrderBy(v => v == g.First().Versions[0] ? 0 : 1).ToList(), StringComparer.Ordinal);

    private async Task ServeResourceAsync(HttpContext context, string group, string version, string[] rest)
    {
        string? ns = null;
        string plural;
        string? name = null;
        switch (rest)
        {
            case ["namespaces", var n, var p, .. var tail] when tail.Length <= 1:
                (ns, plural, name) = (n, p, tail.FirstOrDefault());
                break;
            case [var p, .. var tail] when tail.Length <= 1:
                (plural, name) = (p, tail.FirstOrDefault());
                break;
            default:
                await NotFoundAsync(context).ConfigureAwait(false);
                return;
        }

        var resource = Resources.FirstOrDefault(r => r.Group == group && r.Plural == plural && r.Versions.Contains(version));
        if (resource is null || (ns is not null && !resource.Namespaced))
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        var watch = query["watch"] is { Count: > 0 } w && (w[0] is "true" or "1");
        var verb = name is not null ? "get" : watch ? "watch" : "list";
        if (Forbidden.ContainsKey(resource.Key))
        {
            var where = ns is null ? "at the cluster scope" : $"in the namespace \"{ns}\"";
            await WriteAsync(context, 403, ApiShapes.Status(403, "Forbidden",
                $"{resource.Key} is forbidden: User \"system:serviceaccount:metallb-system:metallb-validate\" cannot {verb} resource \"{resource.Plural}\" in API group \"{resource.Group}\" {where}")).ConfigureAwait(false);
            return;
        }

        if (Delays.TryGetValue(resource.Key, out var delay) && !watch)
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }

        if (!watch && name is null && Malformed.TryGetValue(resource.Key, out var body))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var accept = context.Request.Headers.Accept.ToString();
        if (name is not null)
        {
            var found = Store.Get(resource, ns, name);
            await (found is null
                ? WriteAsync(context, 404, ApiShapes.Status(404, "NotFound", $"{resource.Key} \"{name}\" not found"))
                : WriteAsync(context, 200, accept.Contains("as=PartialObjectMetadata", StringComparison.Ordinal) ? ApiShapes.PartialObjectMetadata(found) : ApiShapes.Typed(found, resource, version))).ConfigureAwait(false);
            return;
        }

        if (watch)
        {
            await WatchAsync(context, resource, version, ns, accept).ConfigureAwait(false);
            return;
        }

        await ListAsync(context, resource, version, ns, accept).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context, ApiResourceInfo resource, string version, string? ns, string accept)
    {
        var (items, resourceVersion) = Store.List(resource, ns);
        items = items.Where(Selected(context.Request.Query["labelSelector"].ToString())).ToList();
        var query = context.Request.Query;
        var offset = 0;
        if (query["continue"].ToString() is { Length: > 0 } token)
        {
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(token)).Split(':');
            offset = int.Parse(parts[0], CultureInfo.InvariantCulture);
            resourceVersion = long.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        string? next = null;
        if (int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var limit) && limit > 0 && items.Count - offset > limit)
        {
            next = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{offset + limit}:{resourceVersion}"));
            items = items.Skip(offset).Take(limit).ToList();
        }
        else
        {
            items = items.Skip(offset).ToList();
        }

        if (accept.Contains("as=Table", StringComparison.Ordinal))
        {
            await WriteAsync(context, 200, ApiShapes.Table(resourceVersion, items, DateTime.UtcNow), "application/json;as=Table;v=v1;g=meta.k8s.io").ConfigureAwait(false);
        }
        else if (accept.Contains("as=PartialObjectMetadataList", StringComparison.Ordinal))
        {
            await WriteAsync(context, 200, ApiShapes.List("PartialObjectMetadataList", "meta.k8s.io/v1", resourceVersion, next, items.Select(ApiShapes.PartialObjectMetadata)),
                "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1").ConfigureAwait(false);
        }
        else
        {
            var shaped = items.Select(o => resource.IsBuiltIn ? ApiShapes.Untyped(o) : ApiShapes.Typed(o, resource, version));
            await WriteAsync(context, 200, ApiShapes.List($"{resource.Kind}List", resource.ApiVersion(version), resourceVersion, next, shaped)).ConfigureAwait(false);
        }
    }

    private async Task WatchAsync(HttpContext context, ApiResourceInfo resource, string version, string? ns, string accept)
    {
        var query = context.Request.Query;
        var bookmarks = query["allowWatchBookmarks"].ToString() == "true";
        var from = long.TryParse(query["resourceVersion"], CultureInfo.InvariantCulture, out var rv) && rv > 0 ? rv : (long?)null;
        var timeout = int.TryParse(query["timeoutSeconds"], CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(30);
        var selected = Selected(query["labelSelector"].ToString());
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = accept.Contains("as=Table", StringComparison.Ordinal) ? "application/json;as=Table;v=v1;g=meta.k8s.io" : "application/json";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();

        // Without a resourceVersion, a watch starts with the current objects as ADDED events (the API server's "0" semantics).
        var start = Store.ResourceVersion;
        var subscription = Store.Subscribe(from ?? start);
        if (subscription is not { } sub)
        {
            await WriteEventAsync(response, "ERROR", ApiShapes.Status(410, "Expired", $"too old resource version: {from} ({start})"), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _openWatches);
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _dropWatches.Token);
        ends.CancelAfter(timeout);
        var dropped = _dropWatches.Token;
        try
        {
            if (from is null)
            {
                foreach (var o in Store.List(resource, ns).Items.Where(selected))
                {
                    await WriteEventAsync(response, "ADDED", Shape(o, resource, version, accept), ends.Token).ConfigureAwait(false);
                }
            }

            // How far this watch has seen the history: a bookmark never claims more, so no event is skipped after one.
            var progress = from ?? start;
            foreach (var e in sub.Replay.Where(e => Matches(e, resource, ns) && selected(e.Body)))
            {
                await WriteEventAsync(response, e.Type, Shape(e.Body, resource, version, accept), ends.Token).ConfigureAwait(false);
            }

            progress = Math.Max(progress, sub.Replay.Count > 0 ? sub.Replay[^1].ResourceVersion : progress);
            async Task DeliverAsync(StoredEvent e)
            {
                if (Matches(e, resource, ns) && selected(e.Body))
                {
                    await WriteEventAsync(response, e.Type, Shape(e.Body, resource, version, accept), ends.Token).ConfigureAwait(false);
                }

                progress = Math.Max(progress, e.ResourceVersion);
            }

            async Task BookmarkAsync()
            {
                while (sub.Live.Reader.TryRead(out var pending))
                {
                    await DeliverAsync(pending).ConfigureAwait(false);
                }

                await WriteBookmarkAsync(response, resource, version, progress, ends.Token).ConfigureAwait(false);
            }

            await response.Body.FlushAsync(ends.Token).ConfigureAwait(false);
            var round = Volatile.Read(ref _bookmarkRound);
            while (!ends.IsCancellationRequested)
            {
                // A round of SendBookmarks that came while this watch was busy is still owed a bookmark.
                if (bookmarks && Volatile.Read(ref _bookmarkRound) != round)
                {
                    round = Volatile.Read(ref _bookmarkRound);
                    await BookmarkAsync().ConfigureAwait(false);
                }

                using var wake = CancellationTokenSource.CreateLinkedTokenSource(ends.Token, _bookmarks.Token);
                wake.CancelAfter(BookmarkInterval);
                try
                {
                    await DeliverAsync(await sub.Live.Reader.ReadAsync(wake.Token).ConfigureAwait(false)).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ends.IsCancellationRequested)
                {
                    if (bookmarks)
                    {
                        round = Volatile.Read(ref _bookmarkRound);
                        await BookmarkAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Store.Unsubscribe(sub.Live);
            Interlocked.Decrement(ref _openWatches);
            if (dropped.IsCancellationRequested)
            {
                context.Abort();
            }
        }
    }

    private static Task WriteBookmarkAsync(HttpResponse response, ApiResourceInfo resource, string version, long resourceVersion, CancellationToken cancellationToken)
    {
        var bookmark = new JsonObject
        {
            ["kind"] = resource.Kind,
            ["apiVersion"] = resource.ApiVersion(version),
            ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) },
        };
        return WriteEventAsync(response, "BOOKMARK", bookmark, cancellationToken);
    }

    private static JsonObject Shape(JsonObject o, ApiResourceInfo resource, string version, string accept) =>
        accept.Contains("as=Table", StringComparison.Ordinal) ? ApiShapes.Table(long.Parse(o["metadata"]!["resourceVersion"]!.GetValue<string>(), CultureInfo.InvariantCulture), [o], DateTime.UtcNow)
        : accept.Contains("as=PartialObjectMetadata", StringComparison.Ordinal) ? ApiShapes.PartialObjectMetadata(o)
        : ApiShapes.Typed(o, resource, version);

    private static bool Matches(StoredEvent e, ApiResourceInfo resource, string? ns) =>
        e.ResourceKey == resource.Key && (ns is null || e.Body["metadata"]?["namespace"]?.GetValue<string>() == ns);

    /// <summary>Equality-based label selectors (<c>a=b,c=d</c>), what this tool and kubectl -l use.</summary>
    private static Func<JsonObject, bool> Selected(string selector)
    {
        var terms = selector.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('=', 2)).Where(t => t.Length == 2).ToList();
        return o => terms.All(t => o["metadata"]?["labels"]?[t[0].Trim()]?.GetValue<string>() == t[1].Trim());
    }

    private static async Task WriteEventAsync(HttpResponse response, string type, JsonObject obj, CancellationToken cancellationToken)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = obj }.ToJsonString() + "\n";
        await response.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task NotFoundAsync(HttpContext context) =>
        WriteAsync(context, 404, ApiShapes.Status(404, "NotFound", "the server could not find the requested resource"));

    internal static async Task WriteAsync(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}
