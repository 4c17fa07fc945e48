using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Loading.Inputs;

/// <summary>
/// Applies kustomize's namespace transformer: a kustomization's <c>namespace:</c> replaces the namespace of every
/// namespaced object in the files its <c>resources</c> list (directories through their own kustomization.yaml); an
/// outer kustomization's namespace wins over an inner one's, as kustomize applies the outer transformer last.
/// </summary>
internal static class KustomizeNamespaces
{
    public static List<KubernetesObject> Apply(List<KubernetesObject> objects, InputFacts facts, out InputFacts applied)
    {
        applied = facts;
        if (!facts.Kustomizations.Any(k => k.Namespace is not null))
        {
            return objects;
        }

        var byDirectory = new Dictionary<string, KustomizationFile>(StringComparer.Ordinal);
        foreach (var k in facts.Kustomizations)
        {
            if (Full(k.File) is { } file)
            {
                byDirectory.TryAdd(Path.GetDirectoryName(file)!, k);
            }
        }

        // Per file, the namespace of the kustomization reaching it that reaches the most files (the outermost).
        var namespaceOf = new Dictionary<string, (string Namespace, string From, int Reach)>(StringComparer.Ordinal);
        foreach (var k in facts.Kustomizations.Where(k => k.Namespace is not null))
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            Reach(k, byDirectory, reached, new HashSet<string>(StringComparer.Ordinal));
            foreach (var file in reached)
            {
                if (!namespaceOf.TryGetValue(file, out var current) || current.Reach < reached.Count)
                {
                    namespaceOf[file] = (k.Namespace!, k.File, reached.Count);
                }
            }
        }

        var result = new List<KubernetesObject>(objects.Count);
        foreach (var o in objects)
        {
            result.Add(o is KubernetesNode or KubernetesNamespace or NodeNetworkState || Full(o.Location.File) is not { } f || !namespaceOf.TryGetValue(f, out var ns)
                ? o
                : o with { Metadata = o.Metadata with { Namespace = ns.Namespace }, NamespaceFrom = ns.From });
        }

        var rewritten = new InputFacts();
        rewritten.Kustomizations.AddRange(facts.Kustomizations);
        rewritten.Legacy.AddRange(facts.Legacy);
        rewritten.Installs.AddRange(facts.Installs.Select(i => !i.NamespaceIsTarget && Full(i.Where.File) is { } f && namespaceOf.TryGetValue(f, out var ns) ? i with { Namespace = ns.Namespace } : i));
        applied = rewritten;
        return result;
    }

    private static void Reach(KustomizationFile k, Dictionary<string, KustomizationFile> byDirectory, HashSet<string> reached, HashSet<string> visiting)
    {
        if (Full(k.File) is not { } self || !visiting.Add(self))
        {
            return;
        }

        var directory = Path.GetDirectoryName(self)!;
        foreach (var resource in k.Resources)
        {
            if (resource.Contains("://", StringComparison.Ordinal) || resource.StartsWith("github.com/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Full(Path.Combine(directory, resource));
            if (path is null)
            {
                continue;
            }

            if (byDirectory.TryGetValue(path.TrimEnd(Path.DirectorySeparatorChar), out var inner))
            {
                Reach(inner, byDirectory, reached, visiting);
            }
            else
            {
                reached.Add(path);
            }
        }
    }

    private static string? Full(string file)
    {
        if (file.Length == 0 || file.StartsWith('<'))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(file);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
