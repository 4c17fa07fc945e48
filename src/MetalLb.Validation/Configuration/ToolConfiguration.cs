using System.Collections.Immutable;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Configuration;

/// <summary>
/// The contents of a <c>.metallb-validate.yaml</c> file: defaults for the options, which the command line overrides.
/// </summary>
internal sealed record ToolConfiguration
{
    private readonly IReadOnlyList<string> disabledRules = ImmutableArray<string>.Empty;
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> severityOverrides = RuleIds.NoOverrides;
    private readonly IReadOnlyList<string> ignorePaths = ImmutableArray<string>.Empty;

    /// <summary>The file name looked for in the working directory.</summary>
    public const string DefaultFileName = ".metallb-validate.yaml";

    /// <summary>Backend mode, when set.</summary>
    public BackendMode? Mode { get; init; }

    /// <summary>MetalLB release, when set.</summary>
    public Version? MetalLbVersion { get; init; }

    /// <summary>MetalLB namespace, when set.</summary>
    public string? MetalLbNamespace { get; init; }

    /// <summary>Rule ids to disable (any case; an immutable copy is kept).</summary>
    public IReadOnlyList<string> DisabledRules
    {
        get => disabledRules;
        init => disabledRules = (value ?? throw new ArgumentNullException(nameof(DisabledRules))).ToImmutableArray();
    }

    /// <summary>DiagnosticSeverity per rule id (any case; an immutable copy is kept).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides
    {
        get => severityOverrides;
        init => severityOverrides = RuleIds.Freeze(value, nameof(SeverityOverrides));
    }

    /// <summary>The lowest severity that makes a run fail (exit 1), when set.</summary>
    public DiagnosticSeverity? FailOn { get; init; }

    /// <summary>Whether suppression annotations are honoured, when set.</summary>
    public bool? HonorSuppressions { get; init; }

    /// <summary>Path patterns (<c>*</c> and <c>**</c> wildcards) whose files are not read.</summary>
    public IReadOnlyList<string> IgnorePaths
    {
        get => ignorePaths;
        init => ignorePaths = (value ?? throw new ArgumentNullException(nameof(IgnorePaths))).ToImmutableArray();
    }

    /// <summary>Bounds on what is read, when set: the defaults with the file's <c>limits</c> entries replaced.</summary>
    public LoadLimits? Limits { get; init; }

    /// <summary>Applies this configuration on top of <paramref name="options"/>.</summary>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var severities = new Dictionary<string, DiagnosticSeverity>(options.SeverityOverrides, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in SeverityOverrides)
        {
            severities[id] = severity;
        }

        var applied = options with
        {
            Mode = Mode ?? options.Mode,
            MetalLbNamespace = MetalLbNamespace ?? options.MetalLbNamespace,
            MetalLbNamespaceOrigin = MetalLbNamespace is null ? options.MetalLbNamespaceOrigin : "given in the settings file's metallbNamespace",
            DisabledRules = options.DisabledRules.Concat(DisabledRules).ToHashSet(StringComparer.OrdinalIgnoreCase),
            SeverityOverrides = severities,
            HonorSuppressions = HonorSuppressions ?? options.HonorSuppressions,
            Limits = Limits ?? options.Limits,
        };

        // Set only when the file names one: an unset release is the one the input installs, or the newest.
        return MetalLbVersion is null ? applied : applied with { MetalLbVersion = MetalLbVersion };
    }
}
