using System.Text.Json;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>A whole list (all pages): the items and the list's resourceVersion, to watch from.</summary>
internal sealed record ApiList(IReadOnlyList<JsonElement> Items, string ResourceVersion);
