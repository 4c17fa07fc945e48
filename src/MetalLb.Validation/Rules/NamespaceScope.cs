using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// MetalLB resolves names (bfdProfile, ipAddressPools, peers, passwordSecret) among the objects of its own namespace
/// only: its cache holds no other (internal/k8s/k8s.go), so a name that exists only elsewhere is missing to it.
/// </summary>
internal static class NamespaceScope
{
    /// <summary>The namespaces, quoted, where objects named <paramref name="name"/> exist that MetalLB does not read; null when none do.</summary>
    public static string? Elsewhere<T>(RuleContext context, string name)
        where T : KubernetesObject
    {
        var namespaces = context.Input.OfKind<T>().Where(o => o.Name == name && !context.IsReadByMetalLb(o)).Select(o => $"\"{o.Metadata.Namespace}\"").Distinct().ToList();
        return namespaces.Count == 0 ? null : string.Join(" and ", namespaces);
    }
}
