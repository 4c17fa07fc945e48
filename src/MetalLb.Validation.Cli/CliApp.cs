using System.CommandLine;
using MetalLb.Validation.Cli.Commands;

namespace MetalLb.Validation.Cli;

/// <summary>The command tree; <see cref="Run"/> is the whole program, with its streams passed in so tests can drive it.</summary>
internal static class CliApp
{
    /// <param name="stdinBytes">Standard input as bytes, read instead of <paramref name="stdin"/> when given.</param>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Stream? stdinBytes = null)
    {
        stdout = new OutputWriter(stdout);
        var io = new ConsoleStreams(stdin, stdout, stderr, stdinBytes);
        var root = new RootCommand("Checks MetalLB configurations before they are applied: will this work on these nodes, in this backend mode, on this MetalLB release?")
        {
            ValidateCommand.Create(io),
            RulesCommand.Create(io),
            ExplainCommand.Create(io),
            NodeCheckCommand.Create(io),
            PreflightCommand.Create(io),
            Monitor.MonitorCommand.Create(io),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"metallb-validate: {error.Message}");
            }

            stderr.WriteLine("Run 'metallb-validate --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return exit;
        }
        catch (OutputException ex)
        {
            stderr.WriteLine($"metallb-validate: cannot write the output: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Kubernetes.ClusterAccessException ex)
        {
            stderr.WriteLine($"metallb-validate: cannot read the cluster: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"metallb-validate: {ex.Message}");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The exit-code contract allows only 0, 1 and 2, whatever happens.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"metallb-validate: internal error ({ex.GetType().Name}: {ex.Message}); please report it");
            return ExitCodes.Usage;
        }
    }
}
