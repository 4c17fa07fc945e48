using MetalLb.Validation.Cli;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>Runs the command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Err) Run(byte[] stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream(stdin);
        var exit = CliApp.Run(args, TextReader.Null, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Sample(string file) => Path.Combine(RepositoryRoot.Path, "samples", "configs", file);
}
