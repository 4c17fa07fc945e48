using System.Diagnostics;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>A network namespace made for one test with iproute2, deleted on dispose.</summary>
internal sealed class NetNs : IDisposable
{
    private static readonly string[] IpLocations = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"];

    public NetNs()
    {
        Name = $"mlbv-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
        Ip("netns", "add", Name);
    }

    public string Name { get; }

    /// <summary>Why namespaces cannot be made here (not root, no ip), or null.</summary>
    public static string? MissingPrerequisite()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        var uid = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries);
        if (uid is not { Length: > 2 } || uid[2] != "0")
        {
            return "not running as root";
        }

        return IpPath is null ? "iproute2's 'ip' is not installed" : null;
    }

    private static string? IpPath => IpLocations.FirstOrDefault(File.Exists);

    /// <summary>Runs <c>ip -n NAME args</c>.</summary>
    public void Run(params string[] args) => Ip(["-n", Name, .. args]);

    /// <summary>Runs a program inside the namespace.</summary>
    public (int Exit, string Out, string Err) Exec(string program, params string[] args) =>
        Execute(IpPath!, ["netns", "exec", Name, program, .. args]);

    public void Dispose() => Execute(IpPath!, ["netns", "delete", Name]);

    private static void Ip(params string[] args)
    {
        var (exit, _, error) = Execute(IpPath ?? "ip", args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', args)} failed ({exit}): {error}");
        }
    }

    private static (int Exit, string Out, string Err) Execute(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
