using System.Globalization;
using MetalLb.Validation.Loading.Inputs;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Namespaces;

/// <summary>
/// Decides which namespace MetalLB runs in. MetalLB's controller and speaker take it from <c>--namespace</c> /
/// <c>METALLB_NAMESPACE</c>, else their pod's service-account namespace file (controller/main.go, speaker/main.go),
/// read only objects there (internal/k8s/k8s.go caches MetalLB kinds with a metadata.namespace field selector) and
/// their webhooks refuse objects elsewhere. In order: the options, MetalLB's install in the input, a kustomization
/// namespace over the MetalLB objects, the MetalLB objects' own namespace, else metallb-system.
/// </summary>
internal static class NamespaceResolver
{
    public static AssumedNamespace Resolve(ConfigurationSet set, ValidationOptions options)
    {
        if (options.MetalLbNamespace is { Length: > 0 } given)
        {
            return new AssumedNamespace(given, NamespaceSource.Given, options.MetalLbNamespaceOrigin ?? "given in the options");
        }

        if (set.Facts.Installs.FirstOrDefault(i => i.Namespace is not null) is { } install)
        {
            return new AssumedNamespace(install.Namespace!, NamespaceSource.Install, $"{install.What} at {Position(install.Where)} installs MetalLB there");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var fromKustomization = new Dictionary<string, string>(StringComparer.Ordinal);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in set.MetalLbObjects)
        {
            if (o.Metadata.Namespace is not { Length: > 0 } ns)
            {
                continue;
            }

            if (!counts.TryAdd(ns, 1))
            {
                counts[ns]++;
            }
            else
            {
                order.Add(ns);
            }

            if (o.NamespaceFrom is { } kustomization)
            {
                fromKustomization.TryAdd(ns, kustomization);
            }
            else
            {
                own.Add(ns);
            }
        }

        if (counts.Count == 0)
        {
            return new AssumedNamespace(AssumedNamespace.DefaultName, NamespaceSource.Default, "the default: nothing in the input says where MetalLB runs");
        }

        var chosen = order.OrderByDescending(n => counts[n]).ThenByDescending(n => n == AssumedNamespace.DefaultName).First();
        var split = counts.Count > 1 ? order.Select(n => new KeyValuePair<string, int>(n, counts[n])).ToList() : [];
        if (!own.Contains(chosen) && fromKustomization.TryGetValue(chosen, out var file))
        {
            var how = set.Facts.FleetBundles.Any(b => b.File == file)
                ? "the namespace the Fleet bundle " + file + " sets on the MetalLB objects of its directory"
                : set.Facts.FluxKustomizations.FirstOrDefault(k => k.File == file) is { } flux
                    ? $"the targetNamespace of the Flux Kustomization \"{flux.Name}\" ({file}) over the MetalLB objects of its path {flux.Path}"
                    : $"the namespace {file} sets on the MetalLB objects it lists";
            return new AssumedNamespace(chosen, NamespaceSource.Kustomization, how) { Split = split };
        }

        var reason = split.Count == 0
            ? "the namespace every MetalLB object of the input is in"
            : $"the namespace most MetalLB objects are in ({string.Join(", ", split.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value}")))})";
        return new AssumedNamespace(chosen, NamespaceSource.Objects, reason) { Split = split };
    }

    internal static string Position(Diagnostics.SourceSpan span) => span.IsKnown ? $"{span.File}:{span.Line}" : span.File;
}
