using System.Text;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Reporting.Help;

/// <summary>Help for a rule without a page: what its descriptor says, and no link (there is no page to link to).</summary>
internal static class RuleHelpFallback
{
    /// <summary>Title, category, backend modes and MetalLB's own message, as one paragraph.</summary>
    public static RuleHelp For(RuleDescriptor rule)
    {
        var summary = new StringBuilder(rule.Title).Append('.')
            .Append(" Category: ").Append(rule.Category.ToString().ToLowerInvariant())
            .Append("; applies to ").Append(rule.Modes == BackendModes.All ? "every backend mode" : $"backend mode(s) {rule.Modes}")
            .Append('.');
        if (rule.MetalLbMessage is { } metalLb)
        {
            summary.Append(" MetalLB's own message: ").Append(metalLb);
        }

        var text = summary.ToString();
        return new RuleHelp(PlainTextLimit.Shorten(text, PlainTextLimit.DescriptionLength), text, text, PageUri: null);
    }
}
