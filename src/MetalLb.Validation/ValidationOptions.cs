using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation;

/// <summary>What to validate against, and how findings are weighed.</summary>
public sealed record ValidationOptions
{
    /// <summary>The annotation whose comma-separated rule ids a resource opts out of.</summary>
    public const string SuppressionAnnotation = "metallb-validate.io/ignore";

    /// <summary>The defaults: FRR-K8s mode (the Helm chart's default), newest MetalLB behaviour.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Backend mode. Default <see cref="BackendMode.FrrK8s"/>.</summary>
    public BackendMode Mode { get; init; } = BackendMode.FrrK8s;

    /// <summary>MetalLB release whose behaviour to reproduce; null means the newest.</summary>
    public Version? MetalLbVersion { get; init; }

    /// <summary>
    /// The namespace MetalLB runs in (its webhooks require objects there, and it reads no other); null infers it from
    /// the input: MetalLB's install, a kustomization namespace, the MetalLB objects' namespace, else metallb-system.
    /// </summary>
    public string? MetalLbNamespace { get; init; }

    /// <summary>Where <see cref="MetalLbNamespace"/> came from, in words for the summary ("given with --metallb-namespace").</summary>
    public string? MetalLbNamespaceOrigin { get; init; }

    /// <summary>Severity per rule id, replacing the rule's own.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids that do not run and whose findings are dropped.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();

    /// <summary>Whether the <see cref="SuppressionAnnotation"/> on objects is honoured. Shared clusters turn it off.</summary>
    public bool HonorSuppressions { get; init; } = true;

    /// <summary>
    /// Most (node, BGPPeer) plus (node, advertisement) pairs the per-node view materialises; past it the per-node checks
    /// are skipped and MLB1006 says so. Default 4,000,000 (about 1 GB at most).
    /// </summary>
    public long MaxNodeObjectPairs { get; init; } = 4_000_000;

    /// <summary>Input limits.</summary>
    public LoadLimits Limits { get; init; } = LoadLimits.Default;
}
