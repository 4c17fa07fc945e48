using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Loading.Inputs;

/// <summary>
/// Applies the namespaces GitOps tools set on the resources they apply, in the order they apply them:
/// kustomize's namespace transformer (a kustomization's <c>namespace:</c> replaces the namespace of every namespaced
/// object in the files its <c>resources</c> list, directories through their own kustomization.yaml; an outer
/// kustomization's wins, as kustomize applies the outer transformer last); then a Flux Kustomization's
/// <c>spec.targetNamespace</c> over everything its <c>spec.path</c> builds (kustomize-controller sets it as the
/// outermost namespace), when that path can be found in the input; then a Fleet bundle's fleet.yaml <c>namespace</c>
/// (every namespaced resource) or <c>defaultNamespace</c> (resources that name none) over its directory tree.
/// </summary>
internal static class KustomizeNamespaces
{
    public static List<KubernetesObject> Apply(List<KubernetesObject> objects, InputFacts facts, IReadOnlyList<string> roots, out InputFacts applied)
    {
        applied = facts;
        if (!facts.Kustomizations.Any(k => k.Namespace is not null) && facts.FleetBundles.Count == 0 && facts.FluxKustomizations.Count == 0)
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

        var files = objects.Select(o => Full(o.Location.File)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var trees = new List<(string Directory, string Namespace, string From)>();
        foreach (var flux in facts.FluxKustomizations)
        {
            if (ResolveFluxPath(flux.Path, flux.File, roots, files) is not { } directory)
            {
                continue;
            }

            if (byDirectory.TryGetValue(directory, out var kustomization))
            {
                var reached = new HashSet<string>(StringComparer.Ordinal);
                Reach(kustomization, byDirectory, reached, new HashSet<string>(StringComparer.Ordinal));
                foreach (var file in reached)
                {
                    namespaceOf[file] = (flux.TargetNamespace, flux.File, int.MaxValue);
                }
            }
            else
            {
                // No kustomization.yaml: kustomize-controller generates one over every manifest under the path.
                trees.Add((directory + Path.DirectorySeparatorChar, flux.TargetNamespace, flux.File));
            }
        }

        trees.Sort((a, b) => b.Directory.Length.CompareTo(a.Directory.Length));
        var bundles = facts.FleetBundles
            .Select(b => (Directory: Full(b.File) is { } f ? Path.GetDirectoryName(f) + Path.DirectorySeparatorChar : null, Bundle: b))
            .Where(b => b.Directory is not null)
            .OrderByDescending(b => b.Directory!.Length)
            .ToList();

        (string? Namespace, string? From) Resolve(string? file, string? current)
        {
            if (file is null)
            {
                return (current, null);
            }

            (string? ns, string? from) = (current, null);
            if (namespaceOf.TryGetValue(file, out var set))
            {
                (ns, from) = (set.Namespace, set.From);
            }
            else if (trees.FirstOrDefault(t => file.StartsWith(t.Directory, StringComparison.Ordinal)) is { Directory: not null } tree)
            {
                (ns, from) = (tree.Namespace, tree.From);
            }

            // The nearest fleet.yaml above the file: a subdirectory with its own fleet.yaml is another bundle.
            if (bundles.FirstOrDefault(b => file.StartsWith(b.Directory!, StringComparison.Ordinal)) is { Bundle: { } bundle })
            {
                if (bundle.Namespace is { } forced)
                {
                    (ns, from) = (forced, bundle.File);
                }
                else if (string.IsNullOrEmpty(ns) && bundle.DefaultNamespace is { } fallback)
                {
                    (ns, from) = (fallback, bundle.File);
                }
            }

            return (ns, from);
        }

        var result = new List<KubernetesObject>(objects.Count);
        foreach (var o in objects)
        {
            if (o is KubernetesNode or KubernetesNamespace or NodeNetworkState || Resolve(Full(o.Location.File), o.Metadata.Namespace) is not { From: { } from } changed)
            {
                result.Add(o);
                continue;
            }

            result.Add(o with { Metadata = o.Metadata with { Namespace = changed.Namespace }, NamespaceFrom = from });
        }

        var rewritten = new InputFacts();
        rewritten.Kustomizations.AddRange(facts.Kustomizations);
        rewritten.Legacy.AddRange(facts.Legacy);
        rewritten.FleetBundles.AddRange(facts.FleetBundles);
        rewritten.FluxKustomizations.AddRange(facts.FluxKustomizations);
        rewritten.Installs.AddRange(facts.Installs.Select(i => !i.NamespaceIsTarget && Resolve(Full(i.Where.File), i.Namespace) is { From: not null, Namespace: { } ns } ? i with { Namespace = ns } : i));
        applied = rewritten;
        return result;
    }

    /// <summary>
    /// The directory a Flux Kustomization's <c>spec.path</c> (relative to its source's root) names, tried against the
    /// input's directories and the Kustomization file's ancestors that are repository roots (hold <c>.git</c>); null
    /// unless it exists and holds files of the input.
    /// </summary>
    private static string? ResolveFluxPath(string path, string file, IReadOnlyList<string> roots, HashSet<string> files)
    {
        var relative = path.Replace('\\', '/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }

        relative = relative.Trim('/');
        if (relative.Split('/').Contains(".."))
        {
            return null;
        }

        var bases = new List<string>(roots);
        for (var directory = Full(file) is { } f ? Path.GetDirectoryName(f) : null; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")))
            {
                bases.Add(directory);
            }
        }

        foreach (var root in bases)
        {
            if (Full(relative is "" or "." ? root : Path.Combine(root, relative)) is not { } candidate)
            {
                continue;
            }

            candidate = candidate.TrimEnd(Path.DirectorySeparatorChar);
            var prefix = candidate + Path.DirectorySeparatorChar;
            if (Directory.Exists(candidate) && files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return candidate;
            }
        }

        return null;
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
