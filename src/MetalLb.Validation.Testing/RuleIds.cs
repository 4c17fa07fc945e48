using System.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Testing;

/// <summary>
/// Checks the rule id an assertion names, so that a typo or a disabled rule fails the test instead of making
/// <c>ShouldNotHave</c> pass whatever the manifests hold.
/// </summary>
internal static class RuleIds
{
    /// <summary>
    /// The id as the catalog of the run under test spells it (<see cref="ValidationReport.Catalog"/>; ids compare
    /// case-insensitively). An id that neither the catalog nor the report has, or a rule the run disabled, stops the test.
    /// </summary>
    [StackTraceHidden]
    public static string Resolve(ValidationReport report, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var known = report.Catalog.Find(ruleId);
        if (known is null && !report.Diagnostics.Any(d => string.Equals(d.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)))
        {
            var catalog = ReferenceEquals(report.Catalog, RuleCatalog.Default) ? "No built-in rule" : "No rule of the run's catalog";
            throw HostFramework.Current.Stop($"{catalog} has the id {ruleId} (`metallb-validate rules` lists the built-in ones), so an assertion about it checks nothing.");
        }

        var id = known?.Id ?? ruleId;
        return report.Options.DisabledRules.Contains(id)
            ? throw HostFramework.Current.Stop($"Rule {id} is disabled in the options of the run under test, so it reports nothing and this assertion could not fail.")
            : id;
    }
}
