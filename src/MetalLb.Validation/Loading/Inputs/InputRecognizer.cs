using System.Text.RegularExpressions;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Loading.Inputs;

/// <summary>
/// Recognises what users keep next to their MetalLB objects in a GitOps directory: kustomization.yaml, Helm's
/// Chart.yaml and values, Fleet bundles, kustomize patch lists, MetalLB install manifests and Helm releases, and
/// MetalLB &lt;= 0.12 configurations. Pure reading: no findings, only facts and names.
/// </summary>
internal static partial class InputRecognizer
{
    private static readonly string[] KustomizeKeys =
    [
        "resources", "bases", "components", "patches", "patchesStrategicMerge", "patchesJson6902", "namePrefix",
        "nameSuffix", "commonLabels", "commonAnnotations", "labels", "configMapGenerator", "secretGenerator",
        "helmCharts", "helmGlobals", "images", "replacements", "replicas", "crds", "generators", "transformers",
    ];

    private static readonly string[] LegacyKeys = ["address-pools", "peers", "bgp-communities", "bfd-profiles"];

    /// <summary>
    /// What a mapping without apiVersion or kind is, when it is a known kind of non-object file; null when it looks
    /// like a Kubernetes object with apiVersion or kind missing (an error) or like nothing known.
    /// </summary>
    public static string? NameNonObject(DocMapping mapping, string? apiVersion, string? kind, string file)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        if (kind is "Kustomization" or "Component" || name is "kustomization.yaml" or "kustomization.yml" || (kind is null && KustomizeKeys.Any(k => mapping[k] is not null) && mapping["spec"] is null))
        {
            return "a kustomization.yaml (kustomize)";
        }

        if (kind is null && (name == "chart.yaml" || (apiVersion is "v1" or "v2" && mapping["name"] is not null && mapping["version"] is not null && mapping["metadata"] is null)))
        {
            return "a Helm chart's Chart.yaml";
        }

        if (kind is null && apiVersion is null && (name == "fleet.yaml" || mapping["defaultNamespace"] is not null || mapping["targetCustomizations"] is not null))
        {
            return "a Rancher Fleet bundle (fleet.yaml)";
        }

        if (kind is not null || mapping["metadata"] is not null || mapping["spec"] is not null)
        {
            // Shaped like a Kubernetes object with apiVersion or kind missing: kubectl refuses it.
            return null;
        }

        if (apiVersion is null && (name.StartsWith("values", StringComparison.Ordinal) || FindConfigInline(mapping) is not null))
        {
            return "Helm chart values";
        }

        return apiVersion is null ? "YAML without apiVersion or kind" : null;
    }

    /// <summary>What a top-level list is: null when its items are Kubernetes objects (they need <c>kind: List</c>).</summary>
    public static string? NameSequence(DocSequence sequence)
    {
        if (sequence.Items.Count > 0 && sequence.Items.All(i => i is DocMapping m && m["op"] is not null && m["path"] is not null))
        {
            return "a JSON patch (a kustomize patch list)";
        }

        return sequence.Items.Any(i => i is DocMapping m && m["apiVersion"] is not null && m["kind"] is not null)
            ? null
            : "a YAML list";
    }

    /// <summary>Top-level address-pools/peers: the MetalLB &lt;= 0.12 configuration itself, outside any ConfigMap.</summary>
    public static DocEntry? FindLegacyKey(DocMapping mapping) =>
        mapping.Entries.FirstOrDefault(e => LegacyKeys.Contains(e.Key.Text)) is { Key: not null } entry ? entry : null;

    /// <summary>A non-empty <c>configInline</c> at the top of Helm values, or one level down (an umbrella chart's subchart values).</summary>
    public static DocEntry? FindConfigInline(DocMapping values)
    {
        foreach (var entry in values.Entries)
        {
            if (entry.Key.Text == "configInline" && IsSet(entry.Value))
            {
                return entry;
            }
        }

        foreach (var entry in values.Entries)
        {
            if (entry.Value is DocMapping sub && sub.Entries.FirstOrDefault(e => e.Key.Text == "configInline") is { Key: not null } inner && IsSet(inner.Value))
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> (a ConfigMap's data.config, a values string) holds address-pools or peers at its top level.</summary>
    public static bool HoldsLegacyConfig(string text) => LegacyLine().IsMatch(text);

    /// <summary>Reads the namespace and resources of a kustomization.</summary>
    public static KustomizationFile ReadKustomization(DocMapping mapping, string file)
    {
        var resources = new List<string>();
        foreach (var key in new[] { "resources", "bases", "components" })
        {
            if (mapping[key] is DocSequence list)
            {
                resources.AddRange(list.Items.OfType<DocScalar>().Select(s => s.Text).Where(t => t.Length > 0));
            }
        }

        return new KustomizationFile(file, Text(mapping["namespace"]), resources);
    }

    /// <summary>A MetalLB install in a Kubernetes object: its controller/speaker workload or a release of the metallb chart.</summary>
    public static InstallEvidence? FindInstall(DocMapping mapping, string apiVersion, string kind)
    {
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        var ns = Text(At(mapping, "metadata", "namespace"));
        var name = Text(At(mapping, "metadata", "name")) ?? "?";
        switch (group, kind)
        {
            case ("apps", "Deployment" or "DaemonSet"):
                var image = Images(mapping).FirstOrDefault(i => MetalLbImage().IsMatch(i));
                var labelled = IsMetalLbLabel(At(mapping, "metadata", "labels")) || IsMetalLbLabel(At(mapping, "spec", "template", "metadata", "labels"));
                return image is null && !labelled ? null : new InstallEvidence(ns, $"MetalLB's {kind} \"{name}\"", mapping.Span, ImageRelease(image), false);
            case ("helm.toolkit.fluxcd.io", "HelmRelease"):
                return IsMetalLbChart(Text(At(mapping, "spec", "chart", "spec", "chart")))
                    ? Release(mapping, $"the HelmRelease \"{name}\" of the metallb chart", Text(At(mapping, "spec", "targetNamespace")), ns, Text(At(mapping, "spec", "chart", "spec", "version")))
                    : null;
            case ("helm.fluxcd.io", "HelmRelease"):
                return IsMetalLbChart(Text(At(mapping, "spec", "chart", "name")))
                    ? Release(mapping, $"the HelmRelease \"{name}\" of the metallb chart", Text(At(mapping, "spec", "targetNamespace")), ns, Text(At(mapping, "spec", "chart", "version")))
                    : null;
            case ("helm.cattle.io", "HelmChart"):
                return IsMetalLbChart(Text(At(mapping, "spec", "chart")))
                    ? Release(mapping, $"the k3s HelmChart \"{name}\" of the metallb chart", Text(At(mapping, "spec", "targetNamespace")), ns, Text(At(mapping, "spec", "version")))
                    : null;
            case ("argoproj.io", "Application"):
                var source = At(mapping, "spec", "source") as DocMapping
                    ?? (At(mapping, "spec", "sources") as DocSequence)?.Items.OfType<DocMapping>().FirstOrDefault(s => IsMetalLbChart(Text(s["chart"])));
                return source is not null && IsMetalLbChart(Text(source["chart"]))
                    ? Release(mapping, $"the Argo CD Application \"{name}\" of the metallb chart", Text(At(mapping, "spec", "destination", "namespace")), null, Text(source["targetRevision"]))
                    : null;
            case ("metallb.io", "MetalLB"):
                return new InstallEvidence(ns, $"the MetalLB Operator's MetalLB \"{name}\"", mapping.Span, null, false);
            default:
                return null;
        }
    }

    /// <summary>A Fleet bundle that installs the metallb chart.</summary>
    public static InstallEvidence? FindFleetInstall(DocMapping fleet) =>
        fleet["helm"] is DocMapping helm && (IsMetalLbChart(Text(helm["chart"])) || (Text(helm["repo"])?.Contains("metallb", StringComparison.OrdinalIgnoreCase) ?? false))
            ? Release(fleet, "the Fleet bundle of the metallb chart", Text(fleet["namespace"]) ?? Text(fleet["defaultNamespace"]), null, Text(helm["version"]))
            : null;

    /// <summary>A fleet.yaml that sets a namespace for its bundle's resources.</summary>
    public static FleetBundle? FindFleetBundle(DocMapping fleet, string file) =>
        (Text(fleet["namespace"]), Text(fleet["defaultNamespace"])) is var (ns, fallback) && (ns is not null || fallback is not null)
            ? new FleetBundle(file, ns, fallback)
            : null;

    /// <summary>A Flux Kustomization with a <c>spec.targetNamespace</c> and a <c>spec.path</c>.</summary>
    public static FluxKustomization? FindFluxKustomization(DocMapping mapping, string apiVersion, string kind) =>
        kind == "Kustomization" && apiVersion.StartsWith("kustomize.toolkit.fluxcd.io/", StringComparison.Ordinal)
            && Text(At(mapping, "spec", "targetNamespace")) is { } target && Text(At(mapping, "spec", "path")) is { } path
            ? new FluxKustomization(mapping.Span.File, Text(At(mapping, "metadata", "name")) ?? "?", target, path)
            : null;

    /// <summary>The Helm values a release object carries, as a mapping, with their path.</summary>
    public static (DocMapping Values, string Path)? ReleaseValues(DocMapping mapping, string kind) => kind switch
    {
        "HelmRelease" when At(mapping, "spec", "values") is DocMapping v => (v, "spec.values"),
        "Application" when At(mapping, "spec", "source", "helm", "valuesObject") is DocMapping v => (v, "spec.source.helm.valuesObject"),
        _ => null,
    };

    /// <summary>Values given as one string (k3s HelmChart valuesContent, Argo CD helm.values).</summary>
    public static DocScalar? ReleaseValuesText(DocMapping mapping, string kind) => kind switch
    {
        "HelmChart" => At(mapping, "spec", "valuesContent") as DocScalar,
        "Application" => At(mapping, "spec", "source", "helm", "values") as DocScalar,
        _ => null,
    };

    public static DocNode? At(DocNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            current = (current as DocMapping)?[key];
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(DocNode? node) => node is DocScalar { Kind: not ScalarKind.Null } s && s.Text.Length > 0 ? s.Text : null;

    /// <summary>A MetalLB release from a version text (0.13.9, v0.14.8); null for chart versions that are not MetalLB's own (bitnami's 3.0.9).</summary>
    public static Version? ParseRelease(string? text) =>
        MetalLbRelease.TryParse(text, out var v) && v!.Major == 0 && v.Minor >= 1 ? v : null;

    private static InstallEvidence Release(DocMapping mapping, string what, string? target, string? own, string? chartVersion)
    {
        // MetalLB's own chart is versioned like MetalLB; an image tag in the values says more than a third-party chart's version.
        var image = Images(mapping).FirstOrDefault(i => MetalLbImage().IsMatch(i));
        var release = ImageRelease(image) ?? ParseRelease(chartVersion);
        return new InstallEvidence(target ?? own, what, mapping.Span, release, target is not null);
    }

    private static bool IsSet(DocNode value) => value switch
    {
        DocMapping m => m.Entries.Count > 0,
        DocSequence s => s.Items.Count > 0,
        DocScalar s => s.Kind != ScalarKind.Null && s.Text.Trim().Length > 0,
        _ => false,
    };

    private static bool IsMetalLbChart(string? chart) =>
        chart is not null && (chart == "metallb" || chart.EndsWith("/metallb", StringComparison.Ordinal));

    private static bool IsMetalLbLabel(DocNode? labels) =>
        labels is DocMapping m && (Text(m["app.kubernetes.io/name"]) == "metallb" || Text(m["app"]) == "metallb");

    private static Version? ImageRelease(string? image)
    {
        if (image is null)
        {
            return null;
        }

        var match = MetalLbImage().Match(image);
        return match.Groups["tag"].Success ? ParseRelease(match.Groups["tag"].Value) : null;
    }

    /// <summary>Container images in a workload, and image repository/tag pairs in Helm values.</summary>
    private static IEnumerable<string> Images(DocNode node)
    {
        var stack = new Stack<(DocNode Node, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            if (depth > 12)
            {
                continue;
            }

            if (current is DocMapping m)
            {
                if (Text(m["image"]) is { } image)
                {
                    yield return image;
                }

                if (Text(m["repository"]) is { } repository)
                {
                    yield return Text(m["tag"]) is { } tag ? $"{repository}:{tag}" : repository;
                }

                foreach (var entry in m.Entries)
                {
                    stack.Push((entry.Value, depth + 1));
                }
            }
            else if (current is DocSequence s)
            {
                foreach (var item in s.Items)
                {
                    stack.Push((item, depth + 1));
                }
            }
        }
    }

    [GeneratedRegex(@"(^|/)metallb/(controller|speaker)(:(?<tag>v?[0-9][0-9A-Za-z.\-]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MetalLbImage();

    [GeneratedRegex(@"^(address-pools|peers|bgp-communities|bfd-profiles)\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LegacyLine();

    internal static string Describe(Version release) => release.Build < 0 ? release.ToString(2) : release.ToString(3);
}
