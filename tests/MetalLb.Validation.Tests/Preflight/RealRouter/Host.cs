using System.Diagnostics;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>Runs host commands (ip, birdc) for the real-router tests.</summary>
internal static class Host
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a command to completion (30 s at most) and returns its exit code and output.</summary>
    public static (int Exit, string Output) Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(Find(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Runs a command that must succeed.</summary>
    public static void Must(string program, params string[] args)
    {
        var (exit, output) = Run(program, args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"'{program} {string.Join(' ', args)}' failed ({exit}): {output}");
        }
    }
}
