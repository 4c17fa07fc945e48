using System.Collections.Frozen;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Preflight;

/// <summary>How a preflight run opens sessions.</summary>
public sealed record PreflightOptions
{
    private readonly IReadOnlyDictionary<string, string> mountedSecrets = FrozenDictionary<string, string>.Empty;
    private readonly IReadOnlySet<string> disabledRules = RuleIds.Empty;
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> severityOverrides = RuleIds.NoOverrides;

    /// <summary>The step timeout when neither <see cref="Timeout"/> nor the peer's connectTime sets one.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The defaults: FRR-K8s mode, each peer's connectTime or 5 seconds per step.</summary>
    public static PreflightOptions Default { get; } = new();

    /// <summary>Backend mode whose way of opening sessions to reproduce. Default <see cref="BackendMode.FrrK8s"/>.</summary>
    public BackendMode Mode { get; init; } = BackendMode.FrrK8s;

    /// <summary>
    /// Bound for each step of a probe (connect, the router's OPEN, its KEEPALIVE), overriding the peers'
    /// connectTime. A probe therefore takes at most three times this.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Directories where Secrets are mounted, by Secret name, one file per key as Kubernetes mounts a Secret volume.
    /// A peer whose <c>passwordSecret</c> names one of them is probed with TCP-MD5 using its <c>password</c> file.
    /// </summary>
    public IReadOnlyDictionary<string, string> MountedSecrets
    {
        get => mountedSecrets;
        init => mountedSecrets = (value ?? throw new ArgumentNullException(nameof(MountedSecrets))).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Rule ids whose findings are dropped (ignoring case; copied into an immutable set).</summary>
    public IReadOnlySet<string> DisabledRules
    {
        get => disabledRules;
        init => disabledRules = RuleIds.Freeze(value, nameof(DisabledRules));
    }

    /// <summary>
    /// Severities that replace the default of a rule id, e.g. MLB1110 (a session that cannot be probed) as an error
    /// when the preflight gates a rollout and must prove every session.
    /// </summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides
    {
        get => severityOverrides;
        init => severityOverrides = RuleIds.Freeze(value, nameof(SeverityOverrides));
    }
}
