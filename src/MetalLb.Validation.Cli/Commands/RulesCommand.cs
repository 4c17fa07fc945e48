using System.CommandLine;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>metallb-validate rules</c>: the rule catalog, as a table or as the Markdown index of <c>docs/rules</c>.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json (id, title, default severity, category, modes, releases, help page of every rule) or markdown (the docs/rules/README.md index).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("rules", "List every rule: id, default severity, modes, releases and title.") { format };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(format) == "json")
            {
                io.Out.Write(RuleCatalogJson.Render(RuleCatalog.Default));
                return ExitCodes.Clean;
            }

            if (parsed.GetValue(format) == "markdown")
            {
                io.Out.Write(RuleIndexMarkdown.Render(RuleCatalog.Default));
                return ExitCodes.Clean;
            }

            foreach (var rule in RuleCatalog.Default.Descriptors)
            {
                io.Out.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {RuleIndexMarkdown.Modes(rule.Modes),-20}  {rule.AppliesTo,-16}  {rule.Title}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
