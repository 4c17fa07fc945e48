using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using FindingKey = (string RuleId, string? Kind, string? Namespace, string? Name, string? Path, string? Node);

namespace MetalLb.Validation.Admission;

/// <summary>
/// A validating admission webhook's logic, free of any HTTP or Kubernetes client: reads an AdmissionReview, validates
/// the object as the cluster would be after the request (current objects from an <see cref="IClusterSnapshot"/>, with
/// the object added, replaced or removed) and answers allowed, denied (422, every error in the message) or allowed
/// with warnings. Findings that already existed before the request do not block it, except on the object itself.
/// Never throws for bad input: a malformed review gets a 400 response.
/// </summary>
/// <remarks>
/// The cluster's own findings are computed once per snapshot: while <see cref="IClusterSnapshot.GetObjectsAsync"/>
/// returns the same list instance, each request costs one validation of the updated cluster, not two.
/// </remarks>
public sealed class AdmissionHandler
{
    /// <summary>The largest review read (the API server itself caps write bodies at 3 MiB; UPDATE carries two objects).</summary>
    public const int MaxReviewBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The most JSON tokens a review may hold (every value, property name and bracket counts). A MetalLB object has a
    /// few hundred; the limit stops an object of millions of array elements before it is turned into a model.
    /// </summary>
    public const int MaxReviewTokens = 250_000;

    private const int MaxDepth = 128;

    private const int MaxMessageLength = 4000;

    // Relaxed escaping keeps quotes readable in logs; the response is never embedded in HTML.
    // Findings that an object still lacks its companion (a pool its advertisement, a BGPPeer its BGPAdvertisement):
    // admission sees one object per request, and the companion usually comes in the next request of the same apply.
    private static readonly HashSet<string> ObjectsAppliedNext = new(StringComparer.Ordinal) { "MLB0112", "MLB0232" };

    private static readonly AdmissionJsonContext Json = new(new JsonSerializerOptions { MaxDepth = MaxDepth, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly IClusterSnapshot _snapshot;
    private readonly MetalLbValidator _validator;
    private volatile SnapshotFindings? _lastSnapshot;

    /// <summary>Creates a handler that validates against <paramref name="snapshot"/> with <paramref name="options"/>.</summary>
    public AdmissionHandler(IClusterSnapshot snapshot, ValidationOptions? options = null)
        : this(snapshot, new MetalLbValidator(options))
    {
    }

    /// <summary>
    /// Creates a handler that validates against <paramref name="snapshot"/> with <paramref name="validator"/>, for
    /// example one whose catalog has rules of your own (<see cref="Rules.RuleCatalog.With"/>).
    /// </summary>
    public AdmissionHandler(IClusterSnapshot snapshot, MetalLbValidator validator)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(validator);
        _snapshot = snapshot;

        // A webhook must not infer MetalLB's namespace from the objects it is asked to admit.
        _validator = validator.Options.MetalLbNamespace is { Length: > 0 }
            ? validator
            : new MetalLbValidator(validator.Options with { MetalLbNamespace = Namespaces.AssumedNamespace.DefaultName, MetalLbNamespaceOrigin = "the admission handler's default; set ValidationOptions.MetalLbNamespace" }, validator.Catalog, validator.Logger);
    }

    /// <summary>Serialises a review as the API server expects it.</summary>
    public static string Serialize(AdmissionReview review) => JsonSerializer.Serialize(review, Json.AdmissionReview);

    /// <summary>Reads a review from <paramref name="body"/> (a request body) and answers it.</summary>
    public async Task<AdmissionReview> HandleAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxReviewBytes)
                {
                    return BadRequest(string.Empty, $"the AdmissionReview is larger than {MaxReviewBytes / (1024 * 1024)} MiB");
                }
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            return BadRequest(string.Empty, $"the request body could not be read: {ex.Message}");
        }

        return await HandleAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers a review given as UTF-8 JSON. Whatever the bytes are, the answer is an AdmissionReview: a body that is not
    /// well-formed JSON, holds a string that is not valid Unicode, has more than <see cref="MaxReviewTokens"/> tokens or
    /// values of the wrong type gets code 400 and a plain message.
    /// </summary>
    public async Task<AdmissionReview> HandleAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default)
    {
        if (ReviewBytes.Problem(json.Span, MaxDepth, MaxReviewTokens) is { } problem)
        {
            return BadRequest(string.Empty, problem);
        }

        AdmissionReview? review;
        try
        {
            review = JsonSerializer.Deserialize(json.Span, Json.AdmissionReview);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return BadRequest(TryReadUid(json), $"the body is not a valid AdmissionReview: {ex.Message}");
        }

        return review is null
            ? BadRequest(string.Empty, "the body is empty or null; expected an AdmissionReview")
            : await HandleAsync(review, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a review already parsed.</summary>
    public async Task<AdmissionReview> HandleAsync(AdmissionReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        var request = review.Request;
        var uid = request?.Uid ?? string.Empty;
        if (review.ApiVersion != AdmissionReview.V1 || review.Kind != AdmissionReview.KindName)
        {
            return BadRequest(uid, $"expected apiVersion {AdmissionReview.V1} and kind {AdmissionReview.KindName}, got \"{review.ApiVersion}\" and \"{review.Kind}\"; set admissionReviewVersions: [v1] in the webhook configuration");
        }

        if (request is null)
        {
            return BadRequest(uid, "the AdmissionReview has no request");
        }

        if (string.IsNullOrEmpty(request.Uid))
        {
            return BadRequest(uid, "the AdmissionReview request has no uid");
        }

        try
        {
            return request.Operation switch
            {
                "CREATE" or "UPDATE" => await AdmitWriteAsync(request, cancellationToken).ConfigureAwait(false),
                "DELETE" => await AdmitDeleteAsync(request, cancellationToken).ConfigureAwait(false),
                "CONNECT" => Respond(uid, allowed: true),
                _ => BadRequest(uid, $"unknown operation \"{request.Operation}\"; expected CREATE, UPDATE, DELETE or CONNECT"),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ClusterUnavailableException ex)
        {
            return Respond(uid, allowed: false, new AdmissionStatus { Code = 503, Reason = "ServiceUnavailable", Message = $"metallb-validate cannot see the cluster, so it cannot validate the request: {ex.InnerException?.Message ?? ex.Message}" });
        }
#pragma warning disable CA1031 // A webhook must answer; a failing snapshot becomes a denial with a plain message, never a 500 with a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Respond(uid, allowed: false, new AdmissionStatus { Code = 500, Reason = "InternalError", Message = $"metallb-validate could not validate the request ({ex.GetType().Name}: {ex.Message})" });
        }
    }

    private async Task<AdmissionReview> AdmitWriteAsync(AdmissionRequest request, CancellationToken cancellationToken)
    {
        if (request.NewObject is not { ValueKind: JsonValueKind.Object } objectJson)
        {
            return BadRequest(request.Uid!, $"a {request.Operation} request must carry the object in request.object");
        }

        var incoming = Load(objectJson, request);
        if (incoming.Object is not Model.MetalLbObject candidate)
        {
            return incoming.Errors.Count > 0 && incoming.Object is null
                ? Deny(request.Uid!, incoming.Errors, [])
                : Respond(request.Uid!, allowed: true);
        }

        var current = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        var replaced = current.Where(o => SameObject(o, candidate)).ToList();
        var after = new ConfigurationSet(current.Where(o => !SameObject(o, candidate)).Append(candidate), incoming.Diagnostics);
        return Decide(request.Uid!, current, after, replaced, candidate, cancellationToken);
    }

    private async Task<AdmissionReview> AdmitDeleteAsync(AdmissionRequest request, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        KubernetesObject? target = null;
        if (request.OldObject is { ValueKind: JsonValueKind.Object } oldJson)
        {
            target = Load(oldJson, request).Object;
        }

        target ??= current.FirstOrDefault(o => o.Kind == request.Kind?.Kind && o.Name == request.Name && o.Metadata.Namespace == request.Namespace);
        if (target is null)
        {
            return Respond(request.Uid!, allowed: true);
        }

        var removed = current.Where(o => SameObject(o, target)).DefaultIfEmpty(target).ToList();
        var after = new ConfigurationSet(current.Where(o => !SameObject(o, target)));
        return Decide(request.Uid!, current, after, removed, null, cancellationToken);
    }

    private async Task<IReadOnlyList<KubernetesObject>> CurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _snapshot.GetObjectsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a snapshot throws, the cluster is unknown: the request is refused as unavailable, never validated against nothing.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new ClusterUnavailableException(ex);
        }
    }

    private AdmissionReview Decide(string uid, IReadOnlyList<KubernetesObject> current, ConfigurationSet after, IReadOnlyList<KubernetesObject> removed, KubernetesObject? candidate, CancellationToken cancellationToken)
    {
        var existing = FindingsOf(current, cancellationToken);
        var findings = _validator.Validate(after, removed, cancellationToken).Diagnostics
            .Where(d => !ObjectsAppliedNext.Contains(d.RuleId))
            .Where(d => (candidate is not null && (d.Resource is null ? d.Location.File == candidate.Location.File : SameRef(d.Resource, candidate.Ref))) || !existing.Contains(Key(d)))
            .ToList();
        var errors = findings.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var warnings = findings.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        return errors.Count > 0 ? Deny(uid, errors, warnings) : Respond(uid, allowed: true, warnings: Warnings(warnings));
    }

    private IReadOnlySet<FindingKey> FindingsOf(IReadOnlyList<KubernetesObject> current, CancellationToken cancellationToken)
    {
        if (_lastSnapshot is { } last && ReferenceEquals(last.Objects, current))
        {
            return last.Findings;
        }

        // Two requests racing here both validate; either result is right for this list.
        var findings = _validator.Validate(new ConfigurationSet(current), cancellationToken).Diagnostics.Select(Key).ToHashSet();
        _lastSnapshot = new SnapshotFindings(current, findings);
        return findings;
    }

    private static AdmissionReview Deny(string uid, IReadOnlyList<Diagnostic> errors, IReadOnlyList<Diagnostic> warnings)
    {
        var lead = errors.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{errors.Count} errors: ");
        var message = AdmissionWarnings.Shorten(lead + string.Join("; ", errors.Select(Describe)), MaxMessageLength);
        return Respond(uid, allowed: false, new AdmissionStatus { Code = 422, Reason = "Invalid", Message = message }, Warnings(warnings));
    }

    private static IReadOnlyList<string>? Warnings(IReadOnlyList<Diagnostic> warnings) =>
        warnings.Count == 0 ? null : AdmissionWarnings.Fit(warnings.Select(Describe));

    private static string Describe(Diagnostic d)
    {
        var about = d.Resource is null ? string.Empty : $" ({d.Resource}{(d.Path is null ? string.Empty : " " + d.Path)}{(d.Node is null ? string.Empty : ", node " + d.Node)})";
        return $"{d.RuleId}{about}: {d.Message}";
    }

    private static FindingKey Key(Diagnostic d) =>
        (d.RuleId, d.Resource?.Kind, d.Resource?.Namespace, d.Resource?.Name, d.Path, d.Node);

    private static bool SameRef(ResourceRef a, ResourceRef b) => a.Kind == b.Kind && a.Namespace == b.Namespace && a.Name == b.Name;

    // Field by field: Ref builds a new ResourceRef, and this runs twice over the cluster's objects on every request.
    private static bool SameObject(KubernetesObject a, KubernetesObject b) =>
        a.Kind == b.Kind && a.Metadata.Namespace == b.Metadata.Namespace && a.Name == b.Name;

    private static (KubernetesObject? Object, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Errors) Load(JsonElement json, AdmissionRequest request)
    {
        var source = $"admission:{request.Kind?.Kind ?? "object"}/{request.Name ?? string.Empty}";
        var set = ConfigurationLoader.LoadText(json.GetRawText(), source);
        var loaded = set.Objects.Count > 0 ? set.Objects[0] : null;
        if (loaded is not null && loaded.Metadata.Namespace is null && request.Namespace is not null)
        {
            loaded = loaded with { Metadata = loaded.Metadata with { Namespace = request.Namespace } };
        }

        return (loaded, set.LoadDiagnostics, set.LoadDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
    }

    private static string TryReadUid(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("request", out var request)
                && request.ValueKind == JsonValueKind.Object
                && request.TryGetProperty("uid", out var uid)
                && uid.ValueKind == JsonValueKind.String
                ? uid.GetString() ?? string.Empty
                : string.Empty;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return string.Empty;
        }
    }

    private static AdmissionReview BadRequest(string uid, string message) =>
        Respond(uid, allowed: false, new AdmissionStatus { Code = 400, Reason = "BadRequest", Message = message });

    private static AdmissionReview Respond(string uid, bool allowed, AdmissionStatus? status = null, IReadOnlyList<string>? warnings = null) =>
        new() { Response = new AdmissionResponse { Uid = uid, Allowed = allowed, Status = status, Warnings = warnings } };

    private sealed class ClusterUnavailableException(Exception inner) : Exception(inner.Message, inner);

    private sealed record SnapshotFindings(IReadOnlyList<KubernetesObject> Objects, IReadOnlySet<FindingKey> Findings);
}
