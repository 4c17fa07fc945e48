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
    /// The id as the built-in catalog spells it (ids compare case-insensitively). An MLB id no built-in rule has, or a
    /// rule the run disabled, stops the test; other ids are taken as custom rules and returned as given.
    /// </summary>
    [StackTraceHidden]
    public static string Resolve(ValidationReport report, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var builtIn = RuleCatalog.Default.Find(ruleId);
        if (builtIn is null && ruleId.StartsWith("MLB", StringComparison.OrdinalIgnoreCase) && !report.Diagnostics.Any(d => d.RuleId == ruleId))
        {
            throw HostFramework.Current.Stop($"No built-in rule has the id {ruleId} (`metallb-validate rules` lists them), so an assertion about it checks nothing.");
        }

        var id = builtIn?.Id ?? ruleId;
        return report.Options.DisabledRules.Contains(id)
            ? throw HostFramework.Current.Stop($"Rule {id} is disabled in the options of the run under test, so it reports nothing and this assertion could not fail.")
            : id;
    }
}
