using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation;

/// <summary>What to validate against, and how findings are weighed.</summary>
public sealed record ValidationOptions
{
    private readonly Version metalLbVersion = MetalLbRelease.Newest;
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> severityOverrides = RuleIds.NoOverrides;
    private readonly IReadOnlySet<string> disabledRules = RuleIds.Empty;

    /// <summary>The annotation whose comma-separated rule ids a resource opts out of.</summary>
    public const string SuppressionAnnotation = "metallb-validate.io/ignore";

    /// <summary>
    /// The prefix of the per-rule annotation that suppresses one rule with a reason, kube-linter's shape:
    /// <c>ignore.metallb-validate.io/MLB0104: "shared with the office pool on purpose"</c>.
    /// </summary>
    public const string SuppressionAnnotationPrefix = "ignore.metallb-validate.io/";

    /// <summary>The defaults: FRR-K8s mode (the Helm chart's default), the release the input installs, else the newest MetalLB release this tool knows.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Backend mode. Default <see cref="BackendMode.FrrK8s"/>.</summary>
    public BackendMode Mode { get; init; } = BackendMode.FrrK8s;

    /// <summary>
    /// MetalLB release whose behaviour to reproduce. Unset, a validation uses the release the input's MetalLB install pins (MLB0017), else <see cref="MetalLbRelease.Newest"/>, which this property then reads. Setting a release
    /// that is not in <see cref="MetalLbRelease.Known"/> (unknown, or older than the CRD API) throws
    /// <see cref="ArgumentException"/> naming the known ones.
    /// </summary>
    public Version MetalLbVersion
    {
        get => metalLbVersion;
        init
        {
            metalLbVersion = MetalLbRelease.Require(value, nameof(MetalLbVersion));
            MetalLbVersionGiven = true;
        }
    }

    /// <summary>True when <see cref="MetalLbVersion"/> was set, not left at the newest by default.</summary>
    internal bool MetalLbVersionGiven { get; private init; }

    /// <summary>
    /// True when the speaker runs with <c>--ignore-exclude-lb</c> (Helm: speaker.ignoreExcludeLB): nodes labelled
    /// <c>node.kubernetes.io/exclude-from-external-load-balancers</c> then announce like any other.
    /// </summary>
    public bool IgnoreExcludeLb { get; init; }

    /// <summary>
    /// The namespace MetalLB runs in (its webhooks require objects there, and it reads no other); null infers it from
    /// the input: MetalLB's install, a kustomization namespace, the MetalLB objects' namespace, else metallb-system.
    /// </summary>
    public string? MetalLbNamespace { get; init; }

    /// <summary>Where <see cref="MetalLbNamespace"/> came from, in words for the summary ("given with --metallb-namespace").</summary>
    public string? MetalLbNamespaceOrigin { get; init; }

    /// <summary>
    /// DiagnosticSeverity per rule id, replacing the rule's own. Ids ignore case; the value set is copied into an immutable
    /// dictionary. A <see cref="MetalLbValidator"/> throws <see cref="ArgumentException"/> for an id its catalog lacks.
    /// </summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides
    {
        get => severityOverrides;
        init => severityOverrides = RuleIds.Freeze(value, nameof(SeverityOverrides));
    }

    /// <summary>
    /// Rule ids that do not run and whose findings are dropped. Ids ignore case; the value set is copied into an
    /// immutable set. A <see cref="MetalLbValidator"/> throws <see cref="ArgumentException"/> for an id its catalog lacks.
    /// </summary>
    public IReadOnlySet<string> DisabledRules
    {
        get => disabledRules;
        init => disabledRules = RuleIds.Freeze(value, nameof(DisabledRules));
    }

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
