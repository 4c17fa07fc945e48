using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Loading.Inputs;

/// <summary>
/// The same object (API group, kind, namespace, name) declared more than once is one object to Kubernetes: applying
/// the files in order leaves the last copy. Rules see that copy only, so nothing is compared with itself.
/// </summary>
internal static class DuplicateObjects
{
    /// <summary>The set with only the last copy of each object, and each later copy with the first copy it repeats.</summary>
    public static ConfigurationSet Collapse(ConfigurationSet set, string assumedNamespace, out List<(KubernetesObject Copy, KubernetesObject First)> copies)
    {
        copies = [];
        var first = new Dictionary<(string Group, string Kind, string Namespace, string Name), KubernetesObject>();
        var last = new Dictionary<(string, string, string, string), KubernetesObject>();
        foreach (var o in set.Objects)
        {
            if (o is not (MetalLbObject or SecretMetadata) || o.Name is not { Length: > 0 } name)
            {
                continue;
            }

            var slash = o.ApiVersion.IndexOf('/', StringComparison.Ordinal);
            var key = (slash < 0 ? string.Empty : o.ApiVersion[..slash], o.Kind, o.Metadata.Namespace ?? assumedNamespace, name);
            if (!first.TryAdd(key, o))
            {
                copies.Add((o, first[key]));
            }

            last[key] = o;
        }

        if (copies.Count == 0)
        {
            return set;
        }

        var keep = new HashSet<KubernetesObject>(last.Values, ReferenceEqualityComparer.Instance);
        return set.Without(o => o is MetalLbObject or SecretMetadata && o.Name is { Length: > 0 } && !keep.Contains(o));
    }
}
