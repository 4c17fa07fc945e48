using System.Collections.Concurrent;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Reporting.Help;

/// <summary>
/// The help of each rule: parsed from its embedded page on first use and kept, or built from the descriptor for a rule
/// the library has no page for (your own rules added through <c>RuleCatalog.With</c>).
/// </summary>
internal static class RuleHelpSource
{
    private static readonly ConcurrentDictionary<string, RuleHelp?> Pages = new(StringComparer.Ordinal);

    /// <summary>The help for <paramref name="rule"/>.</summary>
    public static RuleHelp For(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Pages.GetOrAdd(rule.Id, Load) ?? RuleHelpFallback.For(rule);
    }

    private static RuleHelp? Load(string ruleId) =>
        EmbeddedRulePages.Read(ruleId) is { } page
            ? RuleHelpPage.Parse(page, new Uri(SarifReportFormatter.RulesDocumentationBase + ruleId + ".md"))
            : null;
}
