using System.Text.Json;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Kubernetes.Reading;

/// <summary>
/// MetalLB's namespace is its controller Deployment's: labelled app=metallb,component=controller by the manifests
/// (config/manifests) and app.kubernetes.io/name=metallb,app.kubernetes.io/component=controller by the Helm chart.
/// </summary>
internal static class MetalLbNamespaceFinder
{
    public const string Default = "metallb-system";

    private static readonly string[] Selectors =
    [
        "app=metallb,component=controller",
        "app.kubernetes.io/name=metallb,app.kubernetes.io/component=controller",
    ];

    public static async Task<(string Namespace, string Reason)> FindAsync(KubernetesApi api, List<string> notes, CancellationToken cancellationToken)
    {
        foreach (var selector in Selectors)
        {
            ApiList list;
            try
            {
                list = await api.ListAsync(ApiResource.Deployments, null, selector, KubernetesApi.MetadataOnly, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiStatusException ex)
            {
                notes.Add($"MetalLB's controller Deployment could not be looked for ({(int)ex.Status}: {ex.Message}); assuming namespace {Default} (give --metallb-namespace to choose)");
                return (Default, $"the default: MetalLB's controller Deployment could not be listed ({(int)ex.Status})");
            }

            var found = list.Items
                .Select(i => i.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default)
                .Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("namespace", out _) && m.TryGetProperty("name", out _))
                .Select(m => (Namespace: m.GetProperty("namespace").GetString() ?? string.Empty, Name: m.GetProperty("name").GetString() ?? string.Empty))
                .Where(d => d.Namespace.Length > 0)
                .OrderBy(d => d.Namespace, StringComparer.Ordinal)
                .ToList();
            if (found.Count > 0)
            {
                if (found.Select(d => d.Namespace).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    notes.Add($"MetalLB controller Deployments in several namespaces ({string.Join(", ", found.Select(d => $"{d.Namespace}/{d.Name}"))}); reading {found[0].Namespace} (give --metallb-namespace to choose)");
                }

                return (found[0].Namespace, $"MetalLB's controller Deployment {found[0].Namespace}/{found[0].Name} runs there");
            }
        }

        notes.Add($"no MetalLB controller Deployment found (labels {string.Join(" or ", Selectors)}); assuming namespace {Default}");
        return (Default, "the default: no MetalLB controller Deployment was found in the cluster");
    }
}
