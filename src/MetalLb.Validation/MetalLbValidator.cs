using System.Diagnostics;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Inputs;
using MetalLb.Validation.Namespaces;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetalLb.Validation;

/// <summary>
/// Runs every applicable rule over a configuration and reports all findings at once.
/// Thread-safe: one instance can validate many sets concurrently.
/// </summary>
/// <remarks>
/// Each validation is traced and measured under <see cref="TelemetryName"/>: an <see cref="System.Diagnostics.ActivitySource"/>
/// span <c>metallb.validation.validate</c> (tags <c>metallb.validation.mode</c>, <c>.release</c>, <c>.objects</c>,
/// <c>.findings</c>, <c>.errors</c>) and a <see cref="System.Diagnostics.Metrics.Meter"/> with the counter
/// <c>metallb.validation.validations</c>, the histogram <c>metallb.validation.duration</c> (seconds; both tagged with
/// mode and release) and the counter <c>metallb.validation.findings</c> (tagged with rule and severity). The logger
/// given, if any, gets one debug line per validation and a warning with the exception when a rule fails (MLB0000).
/// </remarks>
public sealed class MetalLbValidator
{
    /// <summary>The name of the library's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string TelemetryName = "MetalLb.Validation";

    /// <summary>Creates a validator; defaults are FRR-K8s mode, the release the input installs (else the newest), every rule.</summary>
    /// <exception cref="ArgumentException">
    /// <see cref="ValidationOptions.DisabledRules"/> or <see cref="ValidationOptions.SeverityOverrides"/> names a rule id
    /// that <paramref name="catalog"/> does not hold; the message names the closest id it does.
    /// </exception>
    public MetalLbValidator(ValidationOptions? options = null, RuleCatalog? catalog = null)
        : this(options, catalog, null)
    {
    }

    /// <summary>
    /// Creates a validator that logs to <paramref name="logger"/> (one debug line per validation, a warning when a rule
    /// fails); defaults as <see cref="MetalLbValidator(ValidationOptions?, RuleCatalog?)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="MetalLbValidator(ValidationOptions?, RuleCatalog?)"/>.</exception>
    public MetalLbValidator(ValidationOptions? options, RuleCatalog? catalog, ILogger? logger)
    {
        Options = options ?? ValidationOptions.Default;
        Catalog = catalog ?? RuleCatalog.Default;
        Logger = logger ?? NullLogger.Instance;
        RuleIds.Require(Options.DisabledRules, nameof(ValidationOptions.DisabledRules), Catalog);
        RuleIds.Require(Options.SeverityOverrides.Keys, nameof(ValidationOptions.SeverityOverrides), Catalog);
    }

    /// <summary>The options every run uses.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The rules every run uses.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>Where validations are logged (<see cref="NullLogger.Instance"/> when none was given).</summary>
    internal ILogger Logger { get; }

    /// <summary>Loads files and directories, then validates them.</summary>
    public ValidationReport ValidatePaths(params string[] paths) => ValidatePaths(paths, CancellationToken.None);

    /// <summary>Loads files and directories, then validates them.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (checked between files, documents and rules); no report is made.
    /// </exception>
    public ValidationReport ValidatePaths(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Validate(ConfigurationLoader.LoadPaths(paths, Options.Limits, cancellationToken), cancellationToken);

    /// <summary>Loads files and directories, reading them asynchronously, then validates them.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (checked while reading, between files, documents and rules); no report is made.
    /// </exception>
    public async Task<ValidationReport> ValidatePathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Validate(await ConfigurationLoader.LoadPathsAsync(paths, Options.Limits, cancellationToken).ConfigureAwait(false), cancellationToken);

    /// <summary>Loads YAML or JSON text, then validates it.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (checked between documents and rules); no report is made.
    /// </exception>
    public ValidationReport ValidateText(string text, string sourceName = "<text>", CancellationToken cancellationToken = default) =>
        Validate(ConfigurationLoader.LoadText(text, sourceName, Options.Limits, cancellationToken), cancellationToken);

    /// <summary>Validates a loaded set: its load findings plus every rule for the chosen mode and release.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (checked between rules); no report is made.
    /// </exception>
    public ValidationReport Validate(ConfigurationSet set, CancellationToken cancellationToken = default) => Validate(set, [], out _, out _, cancellationToken);

    /// <summary>Validates <paramref name="set"/> as it is after <paramref name="deleted"/> were removed (admission DELETE).</summary>
    internal ValidationReport Validate(ConfigurationSet set, IReadOnlyList<KubernetesObject> deleted, CancellationToken cancellationToken = default) => Validate(set, deleted, out _, out _, cancellationToken);

    /// <summary>Validates <paramref name="set"/>; <paramref name="pruned"/> is the set as the release's API server stores it, before duplicates collapse.</summary>
    internal ValidationReport Validate(ConfigurationSet set, out RuleContext context, out ConfigurationSet pruned) => Validate(set, [], out context, out pruned);

    private ValidationReport Validate(ConfigurationSet set, IReadOnlyList<KubernetesObject> deleted, out RuleContext context, out ConfigurationSet pruned, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = ValidationTelemetry.Start();
        var started = Stopwatch.GetTimestamp();
        var report = ValidateForInput(set, deleted, out context, out pruned, cancellationToken);
        ValidationTelemetry.Finished(activity, report, Stopwatch.GetElapsedTime(started), Logger);
        return report;
    }

    private ValidationReport ValidateForInput(ConfigurationSet set, IReadOnlyList<KubernetesObject> deleted, out RuleContext context, out ConfigurationSet pruned, CancellationToken cancellationToken)
    {
        var validator = ForInput(set, out var install);
        var report = validator.ValidateAs(set, deleted, out context, out pruned, cancellationToken);
        if (install is null)
        {
            return report;
        }

        var message = $"no MetalLB release was given, and {install.What} at {Namespaces.NamespaceResolver.Position(install.Where)} installs MetalLB {install.Release}: validated against {install.Release} rather than the newest known release ({MetalLbRelease.Newest}). Pass --metallb-version (ValidationOptions.MetalLbVersion) to check another release";
        var findings = new List<Diagnostic>();
        Accept(MetalLbRules.ReleaseFromInstall, new Diagnostic(MetalLbRules.ReleaseFromInstall.Id, MetalLbRules.ReleaseFromInstall.DefaultSeverity, message, null, null, install.Where), null, findings);
        return new ValidationReport(findings.Concat(report.Diagnostics).Concat(report.Suppressed), report.ResourceCount, report.SkippedKinds, report.Options) { Namespace = report.Namespace, Catalog = report.Catalog };
    }

    /// <summary>
    /// This validator, or, when no release was given and the input's MetalLB installs name one release the tool knows
    /// (<paramref name="install"/>), a validator for that release.
    /// </summary>
    internal MetalLbValidator ForInput(ConfigurationSet set, out Model.InstallEvidence? install)
    {
        var named = set.Facts.Installs.Where(i => i.Release is not null).ToList();
        install = !Options.MetalLbVersionGiven && named.Count > 0 && named.All(i => i.Release == named[0].Release)
            && MetalLbRelease.IsKnown(named[0].Release!) && named[0].Release != Options.MetalLbVersion
            ? named[0]
            : null;
        return install is null ? this : new MetalLbValidator(Options with { MetalLbVersion = install.Release! }, Catalog, Logger);
    }

    private ValidationReport ValidateAs(ConfigurationSet set, IReadOnlyList<KubernetesObject> deleted, out RuleContext context, out ConfigurationSet pruned, CancellationToken cancellationToken)
    {
        var findings = new List<Diagnostic>();
        AddLoadFindings(set, findings);
        set = pruned = PruneForRelease(set, findings);
        var assumed = NamespaceResolver.Resolve(set, Options);
        set = CollapseDuplicates(set, assumed, findings);
        var into = findings;
        context = new RuleContext(set, Options, assumed, deleted, (rule, diagnostic, resource) => AcceptFromCheck(rule, diagnostic, resource, into));

        // With Flux ${VAR} placeholders, a comparison between objects holds only if it holds whatever the values are:
        // a cross-object finding is kept when it is also found with every object holding a placeholder left out (so
        // it does not rest on them) and with them in, their unknown fields read as unset (so it is not answered by them).
        var withoutUnknown = new List<Diagnostic>();
        var known = set.Objects.Any(o => o.Placeholders.Count > 0)
            ? new RuleContext(set.Without(o => o.Placeholders.Count > 0), Options, assumed, deleted, (rule, diagnostic, resource) => AcceptFromCheck(rule, diagnostic, resource, withoutUnknown))
            : null;
        foreach (var rule in ApplicableRules())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (known is null || !rule.ComparesWithConfiguration)
            {
                Run(rule, context, findings);
                continue;
            }

            var withUnknown = new List<Diagnostic>();
            into = withUnknown;
            Run(rule, context, findings);
            into = findings;
            withoutUnknown.Clear();
            Run(rule, known, findings);
            var both = withUnknown.Select(Identity).ToHashSet();
            findings.AddRange(withoutUnknown.Where(d => both.Contains(Identity(d))));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new ValidationReport(findings, set.Objects.Count, set.SkippedKinds, Options) { Namespace = assumed, Catalog = Catalog };
    }

    private static (string RuleId, ResourceRef? Resource, string? Path, string? Node) Identity(Diagnostic d) => (d.RuleId, d.Resource, d.Path, d.Node);

    internal IEnumerable<Rule> ApplicableRules() => Catalog.Rules.Where(rule => rule.Descriptors.Any(Applies));

    private bool Applies(RuleDescriptor rule) => !Options.DisabledRules.Contains(rule.Id) && rule.AppliesFor(Options.Mode, Options.MetalLbVersion);

    /// <summary>Keeps the last copy of each object declared more than once and reports the later copies (MLB0012).</summary>
    internal ConfigurationSet CollapseDuplicates(ConfigurationSet set, AssumedNamespace assumed, List<Diagnostic> findings, Func<KubernetesObject, bool>? keep = null)
    {
        var collapsed = DuplicateObjects.Collapse(set, assumed.Name, out var copies);
        foreach (var (copy, first) in copies.Where(c => keep is null || keep(c.Copy)))
        {
            var where = first.Location.IsKnown ? $"{first.Location.File}:{first.Location.Line}" : "earlier in the input";
            var ns = copy.Metadata.Namespace ?? assumed.Name;
            var message = $"{copy.Kind} \"{copy.Name}\" in namespace \"{ns}\" is declared twice (first at {where}); Kubernetes keeps one object of a name, so whichever copy is applied last wins and depends on apply order. Validated as this later copy (what applying the files in order leaves). Delete one copy";
            var diagnostic = new Diagnostic(MetalLbRules.DuplicateObject.Id, MetalLbRules.DuplicateObject.DefaultSeverity, message, copy.Ref, "metadata.name", copy.Locate("metadata.name"))
            {
                AdditionalLocations = [RuleContext.Related(first, "metadata.name", "the first copy")],
            };
            Accept(MetalLbRules.DuplicateObject, diagnostic, copy, findings);
        }

        return collapsed;
    }

    /// <summary>
    /// <paramref name="set"/> as the API server of the release validated stores it: fields that release's CRDs do not
    /// have are dropped and reported (MLB0005), so no rule about such a field runs for that release.
    /// </summary>
    internal ConfigurationSet PruneForRelease(ConfigurationSet set, List<Diagnostic> findings)
    {
        List<KubernetesObject>? objects = null;
        Dictionary<KubernetesObject, KubernetesObject?>? replaced = null;
        for (var i = 0; i < set.Objects.Count; i++)
        {
            var o = set.Objects[i];
            var pruned = Releases.ReleaseFieldPruning.Prune(o, Options.MetalLbVersion, Options.Mode, (d, from) => Accept(MetalLbRules.UnknownField, d, from, findings));
            if (!ReferenceEquals(pruned, o))
            {
                objects ??= [.. set.Objects];
                replaced ??= new Dictionary<KubernetesObject, KubernetesObject?>(ReferenceEqualityComparer.Instance);
                objects[i] = pruned;
                replaced[o] = pruned;
            }
        }

        return objects is null ? set : set.Derive(objects, set.LoadDiagnostics, replaced!, []);
    }

    internal void AddLoadFindings(ConfigurationSet set, List<Diagnostic> findings)
    {
        foreach (var diagnostic in set.LoadDiagnostics)
        {
            if (Releases.ReleaseFieldPruning.IsAboutDroppedField(diagnostic, Options.MetalLbVersion))
            {
                continue;
            }

            var descriptor = Catalog.Find(diagnostic.RuleId);
            if (descriptor is not null)
            {
                Accept(descriptor, Releases.LegacyAddressPool.Adjust(diagnostic, Options.MetalLbVersion), null, findings);
            }
        }
    }

    /// <summary>Runs one check; a faulty check must not take the whole report down, so its exception becomes a finding.</summary>
    internal void Run(Rule rule, RuleContext context, List<Diagnostic> findings)
    {
        try
        {
            rule.Check(context);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ValidationTelemetry.RuleFailed(Logger, string.Join(", ", rule.Descriptors.Select(d => d.Id)), ex);
            findings.Add(new Diagnostic(
                MetalLbRules.InternalError.Id,
                DiagnosticSeverity.Error,
                $"rule {string.Join(", ", rule.Descriptors.Select(d => d.Id))} failed ({ex.GetType().Name}: {ex.Message}); its findings are missing. Please report this.",
                null,
                null,
                SourceSpan.None));
        }
    }

    /// <summary>A check's finding: kept when its rule applies to this mode and release (a check may report several rules).</summary>
    private void AcceptFromCheck(RuleDescriptor rule, Diagnostic diagnostic, KubernetesObject? resource, List<Diagnostic> into)
    {
        if (Applies(rule))
        {
            Accept(rule, diagnostic, resource, into);
        }
    }

    internal void Accept(RuleDescriptor rule, Diagnostic diagnostic, KubernetesObject? resource, List<Diagnostic> into)
    {
        if (Options.DisabledRules.Contains(rule.Id))
        {
            return;
        }

        // A suppressed finding stays in the run, marked: the report lists it apart with its reason and does not count it.
        var kept = Options.SeverityOverrides.TryGetValue(rule.Id, out var severity) ? diagnostic with { Severity = severity } : diagnostic;
        into.Add(SuppressionReason(rule.Id, resource) is { } reason ? kept with { Justification = reason } : kept);
    }

    /// <summary>The reason an annotation of <paramref name="resource"/> suppresses <paramref name="ruleId"/> with (empty when it gives none), or null.</summary>
    private string? SuppressionReason(string ruleId, KubernetesObject? resource)
    {
        if (!Options.HonorSuppressions || resource is null)
        {
            return null;
        }

        foreach (var (key, value) in resource.Metadata.Annotations)
        {
            if (key.StartsWith(ValidationOptions.SuppressionAnnotationPrefix, StringComparison.Ordinal) && string.Equals(key[ValidationOptions.SuppressionAnnotationPrefix.Length..], ruleId, StringComparison.OrdinalIgnoreCase))
            {
                return value.Trim();
            }
        }

        return resource.Metadata.Annotations.TryGetValue(ValidationOptions.SuppressionAnnotation, out var ids)
            && ids.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Contains(ruleId, StringComparer.OrdinalIgnoreCase)
            ? string.Empty
            : null;
    }
}
