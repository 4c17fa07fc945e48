using MetalLb.Validation.Cli;

namespace MetalLb.Validation.Kubernetes.Tests.Cli;

internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(string.Empty), stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
