using System.Text;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Reporting;

/// <summary>Renders the catalog as the Markdown index of <c>docs/rules</c>; a test keeps the committed file equal to it.</summary>
internal static class RuleIndexMarkdown
{
    /// <summary>The index page.</summary>
    public static string Render(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var page = new StringBuilder()
            .Append("# Rule catalog\n\n")
            .Append("Every finding carries one of these ids; an id never changes meaning once shipped. ")
            .Append("This page is generated: `metallb-validate rules --format markdown > docs/rules/README.md`.\n\n")
            .Append("| Id | Severity | Category | Modes | Releases | Title |\n")
            .Append("|---|---|---|---|---|---|\n");
        foreach (var rule in catalog.Descriptors)
        {
            page.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{rule.Id}]({rule.Id}.md) | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {rule.Category} | {Modes(rule.Modes)} | {rule.AppliesTo} | {rule.Title} |\n");
        }

        var bounded = catalog.Descriptors.Where(d => d.AppliesTo != ReleaseRange.Any).ToList();
        if (bounded.Count > 0)
        {
            page.Append("\n## Release differences\n\n")
                .Append("These rules reproduce behaviour that changed between MetalLB releases; each runs only for the releases shown. ")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"Choose the release with `--metallb-version` (default: {MetalLbRelease.Newest}, the newest release the tool knows).\n\n")
                .Append("| Id | Releases | Title |\n|---|---|---|\n");
            foreach (var rule in bounded)
            {
                page.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{rule.Id}]({rule.Id}.md) | {rule.AppliesTo} | {rule.Title} |\n");
            }
        }

        return page.ToString();
    }

    /// <summary><c>all modes</c>, or the mode names joined by commas.</summary>
    public static string Modes(BackendModes modes) => modes == BackendModes.All
        ? "all modes"
        : string.Join(",", new[] { BackendMode.Native, BackendMode.Frr, BackendMode.FrrK8s }.Where(m => (modes & m.AsSet()) != 0).Select(m => m.ToConfigName()));
}
