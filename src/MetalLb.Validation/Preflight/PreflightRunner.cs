using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// Opens, one at a time, every BGP session a node would open, to the routers named in the configuration and to no
/// other, and reports each outcome as a diagnostic on its BGPPeer. Run it on the node itself: it binds the node's
/// source addresses. It opens real TCP connections and BGP sessions, never announces a route, and closes each session
/// with Cease / Administrative Shutdown.
/// </summary>
/// <param name="options">
/// How to run; <see cref="ArgumentException"/> when its rule ids name no rule of <see cref="Rules.RuleCatalog.Default"/>.
/// </param>
public sealed class PreflightRunner(PreflightOptions? options = null)
{
    /// <summary>The options every run uses.</summary>
    public PreflightOptions Options { get; } = Checked(options ?? PreflightOptions.Default);

    /// <summary>Loads <paramref name="paths"/> and probes the sessions of <paramref name="node"/>.</summary>
    public Task<ValidationReport> RunPathsAsync(string node, IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        RunAsync(ConfigurationLoader.LoadPaths([.. paths], LoadLimits.Default, cancellationToken), node, cancellationToken);

    /// <summary>Probes every session <paramref name="node"/> would open; the report holds load findings too.</summary>
    public async Task<ValidationReport> RunAsync(ConfigurationSet set, string node, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(node);
        var plan = SessionPlanner.Plan(set, node, Options);
        var findings = new List<Diagnostic>(set.LoadDiagnostics);
        findings.AddRange(plan.Findings);
        foreach (var session in plan.Sessions)
        {
            var outcome = await BgpProbe.RunAsync(session, cancellationToken).ConfigureAwait(false);
            findings.Add(PreflightFinding.For(outcome.Rule, session.Peer, outcome.Path, outcome.Message, node));
        }

        var kept = findings
            .Where(f => !Options.DisabledRules.Contains(f.RuleId))
            .Select(f => Options.SeverityOverrides.TryGetValue(f.RuleId, out var severity) ? f with { Severity = severity } : f);
        return new ValidationReport(kept, set.Objects.Count, set.SkippedKinds, new ValidationOptions { Mode = Options.Mode });
    }

    private static PreflightOptions Checked(PreflightOptions options)
    {
        RuleIds.Require(options.DisabledRules, nameof(PreflightOptions.DisabledRules), Rules.RuleCatalog.Default);
        RuleIds.Require(options.SeverityOverrides.Keys, nameof(PreflightOptions.SeverityOverrides), Rules.RuleCatalog.Default);
        return options;
    }
}
