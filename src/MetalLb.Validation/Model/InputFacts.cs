using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model;

/// <summary>
/// What the loader learnt from documents it does not model: where MetalLB is installed, which kustomization.yaml
/// sets a namespace for which files, and MetalLB &lt;= 0.12 configurations (ConfigMap, configInline).
/// </summary>
internal sealed class InputFacts
{
    public static InputFacts Empty { get; } = new();

    public List<InstallEvidence> Installs { get; } = [];

    public List<KustomizationFile> Kustomizations { get; } = [];

    public List<LegacyConfiguration> Legacy { get; } = [];

    public List<FleetBundle> FleetBundles { get; } = [];

    public List<FluxKustomization> FluxKustomizations { get; } = [];

    /// <summary>What both reads learnt; <paramref name="first"/> itself when <paramref name="second"/> learnt nothing.</summary>
    public static InputFacts Concat(InputFacts first, InputFacts second)
    {
        if (second.IsEmpty)
        {
            return first;
        }

        if (first.IsEmpty)
        {
            return second;
        }

        var both = new InputFacts();
        foreach (var facts in new[] { first, second })
        {
            both.Installs.AddRange(facts.Installs);
            both.Kustomizations.AddRange(facts.Kustomizations);
            both.Legacy.AddRange(facts.Legacy);
            both.FleetBundles.AddRange(facts.FleetBundles);
            both.FluxKustomizations.AddRange(facts.FluxKustomizations);
        }

        return both;
    }

    private bool IsEmpty => Installs.Count + Kustomizations.Count + Legacy.Count + FleetBundles.Count + FluxKustomizations.Count == 0;
}

/// <summary>
/// A Rancher Fleet fleet.yaml: its bundle is the files of its directory tree, less subdirectories with their own
/// fleet.yaml. <see cref="Namespace"/> (fleet.yaml <c>namespace</c>) puts every namespaced resource there;
/// <see cref="DefaultNamespace"/> (<c>defaultNamespace</c>) only those that name none.
/// </summary>
internal sealed record FleetBundle(string File, string? Namespace, string? DefaultNamespace);

/// <summary>A Flux Kustomization (kustomize.toolkit.fluxcd.io) with the namespace it forces and the repository path it applies.</summary>
internal sealed record FluxKustomization(string File, string Name, string TargetNamespace, string Path);

/// <summary>
/// A MetalLB install found in the input: its controller or speaker workload, a Helm release of the metallb chart
/// (Flux HelmRelease, Argo CD Application, k3s HelmChart, Fleet bundle). <see cref="Namespace"/> is where MetalLB
/// runs; null when the document does not say (then a kustomization namespace may).
/// </summary>
internal sealed record InstallEvidence(string? Namespace, string What, SourceSpan Where, Version? Release, bool NamespaceIsTarget);

/// <summary>A kustomization.yaml (or <c>kind: Kustomization</c>) with the namespace it sets and the resources it lists.</summary>
internal sealed record KustomizationFile(string File, string? Namespace, IReadOnlyList<string> Resources);

/// <summary>A MetalLB &lt;= 0.12 configuration (address-pools/peers) and what carries it.</summary>
/// <param name="Where">The position of the configuration (the <c>config</c> or <c>configInline</c> key).</param>
/// <param name="Carrier">What holds it, as told to the user ("ConfigMap \"config\"", "HelmRelease \"metallb\" spec.values.configInline").</param>
/// <param name="Resource">The object holding it, when it is one.</param>
/// <param name="OnlyData">True when the text is the configuration itself (configInline, a bare file), not a ConfigMap.</param>
/// <param name="Release">The MetalLB release the same document installs, when it says.</param>
internal sealed record LegacyConfiguration(SourceSpan Where, string Carrier, ResourceRef? Resource, bool OnlyData, Version? Release);
