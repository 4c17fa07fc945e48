namespace MetalLb.Validation.Namespaces;

/// <summary>The namespace a run assumed MetalLB runs in, how it was decided and why, in words.</summary>
/// <param name="Name">The namespace.</param>
/// <param name="Source">How it was decided.</param>
/// <param name="Reason">Why, for people: "given with --metallb-namespace", "the HelmRelease \"metallb\" at app/helmrelease.yaml:3 installs it there".</param>
public sealed record AssumedNamespace(string Name, NamespaceSource Source, string Reason)
{
    /// <summary>The namespace of MetalLB's manifests, chart documentation and examples.</summary>
    public const string DefaultName = "metallb-system";

    /// <summary>MetalLB objects per namespace, when they are in more than one (MetalLB reads one); empty otherwise.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Split { get; init; } = [];
}
