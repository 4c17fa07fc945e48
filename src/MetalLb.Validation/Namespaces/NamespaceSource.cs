namespace MetalLb.Validation.Namespaces;

/// <summary>How the namespace MetalLB runs in was decided.</summary>
public enum NamespaceSource
{
    /// <summary>Given in the options (<c>--metallb-namespace</c>, the settings file's <c>metallbNamespace</c>, a webhook's own namespace).</summary>
    Given,

    /// <summary>From MetalLB's install in the input: its controller or speaker, or a Helm release of the metallb chart.</summary>
    Install,

    /// <summary>From what applies the MetalLB objects: a kustomization.yaml's <c>namespace:</c>, a Flux Kustomization's <c>targetNamespace</c>, a Fleet fleet.yaml's <c>namespace</c> or <c>defaultNamespace</c>.</summary>
    Kustomization,

    /// <summary>From the MetalLB objects themselves: the namespace they are in (the one most of them are in, when split).</summary>
    Objects,

    /// <summary>Nothing in the input says: <c>metallb-system</c>, the namespace of MetalLB's manifests and docs.</summary>
    Default,
}
