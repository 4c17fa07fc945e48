using System.CommandLine;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>metallb-validate rules</c>: the rule catalog.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var command = new Command("rules", "List every rule: id, default severity, modes, releases and title.");
        command.SetAction(_ =>
        {
            foreach (var rule in RuleCatalog.Default.Descriptors)
            {
                io.Out.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {Modes(rule.Modes),-20}  {rule.AppliesTo,-16}  {rule.Title}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Modes(BackendModes modes) => modes == BackendModes.All
        ? "all modes"
        : string.Join(",", new[] { BackendMode.Native, BackendMode.Frr, BackendMode.FrrK8s }.Where(m => (modes & m.AsSet()) != 0).Select(m => m.ToConfigName()));
}
