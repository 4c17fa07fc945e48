using System.Diagnostics;
using System.Globalization;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>
/// A BGP daemon as the router, in its own network namespace joined to this (the "node's") namespace by a veth pair.
/// The node side gets one address per scenario; the router knows some of them as neighbours. Everything lives under
/// a temp dir and a random name and is removed on dispose, even after a failed setup. Each neighbour address is
/// used by at most one test that brings a session up, because daemons hold a neighbour idle for a while after a
/// session ends.
/// </summary>
public abstract class RouterNamespace : IAsyncDisposable
{
    public const uint RouterAsn = 64513;
    public const uint NodeAsn = 64512;
    public const uint OtherAsn = 64999;
    public const string Password = "s3cret-md5";

    private readonly int _subnet = Random.Shared.Next(16, 240);
    private Process? _daemon;
    private bool _networkTouched;

    protected RouterNamespace() => Name = "mlbpf" + Random.Shared.Next(0x100000, 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);

    /// <summary>The router's address.</summary>
    public string Router => Address(2);

    /// <summary>Node address the router has as a neighbour (AS 64512).</summary>
    public string Known => Address(1);

    /// <summary>Another node address the router has as a neighbour, for the command-line test.</summary>
    public string KnownForCli => Address(7);

    /// <summary>Node address the router has as a neighbour of AS 64999, so our AS 64512 is a Bad Peer AS.</summary>
    public string ExpectsOtherAsn => Address(3);

    /// <summary>Node address the router has as a neighbour with a TCP-MD5 password.</summary>
    public string WithPassword => Address(4);

    /// <summary>
    /// A second neighbour with the same password, for the password read from a mounted Secret: GoBGP holds a neighbour
    /// idle for a moment after a session closes, so two sessions in a row to one neighbour would race it.
    /// </summary>
    public string WithPasswordFromSecret => Address(8);

    /// <summary>Node address that is assigned here but unknown to the router: the node "changed IP".</summary>
    public string Unknown => Address(5);

    /// <summary>Node address the router has as a neighbour; used where our peerASN is the wrong one.</summary>
    public string ForWrongPeerAsn => Address(6);

    /// <summary>An address of the subnet assigned nowhere.</summary>
    public string Unassigned => Address(99);

    /// <summary>A router address routed into the router's namespace, which drops it: no answer at all.</summary>
    public string BlackHoled => $"198.19.{_subnet}.2";

    /// <summary>The router's IPv6 address.</summary>
    public string Router6 => $"2001:db8:{_subnet:x}::2";

    /// <summary>Node IPv6 address the router has as a neighbour.</summary>
    public string Known6 => $"2001:db8:{_subnet:x}::1";

    /// <summary>Node addresses the router has as neighbours of AS 64512, without a password.</summary>
    protected IEnumerable<string> PlainNeighbours => [Known, KnownForCli, ForWrongPeerAsn];

    protected string Name { get; }

    protected string Dir { get; private set; } = string.Empty;

    /// <summary>Why the tests with <paramref name="daemon"/> cannot run here, or null when they can.</summary>
    public static string? MissingPrerequisite(string daemon)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux (network namespaces and TCP-MD5 are Linux features)";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "not root (creating network namespaces and veth links needs root)";
        }

        if (Host.Find("ip") is null)
        {
            return "iproute2 is not installed (apt-get install iproute2)";
        }

        var (programs, package) = Daemon(daemon);
        return programs.Any(p => Host.Find(p) is null) ? $"{daemon} is not installed (apt-get install {package})" : null;
    }

    public static RouterNamespace For(string daemon) => daemon switch
    {
        "bird" => new BirdRouter(),
        "gobgp" => new GoBgpRouter(),
        _ => throw new ArgumentException($"unknown daemon {daemon}", nameof(daemon)),
    };

    private static (string[] Programs, string Package) Daemon(string daemon) => daemon switch
    {
        "bird" => (["bird", "birdc"], "bird2"),
        "gobgp" => (["gobgpd", "gobgp"], "gobgpd"),
        _ => throw new ArgumentException($"unknown daemon {daemon}", nameof(daemon)),
    };

    /// <summary>What the daemon says about its sessions, for failure messages.</summary>
    public abstract string Describe();

    public async Task StartAsync()
    {
        try
        {
            Dir = Directory.CreateTempSubdirectory("mlb-preflight-").FullName;
            _networkTouched = true;
            CreateNetwork();
            _daemon = StartDaemon(await WriteConfigAsync());
            for (var i = 0; i < 100; i++)
            {
                if (_daemon.HasExited)
                {
                    throw new InvalidOperationException($"the router daemon exited: {await _daemon.StandardError.ReadToEndAsync()}");
                }

                if (IsReady())
                {
                    return;
                }

                await Task.Delay(100);
            }

            throw new InvalidOperationException("the router daemon did not come up within 10 seconds");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_daemon is { HasExited: false })
        {
            _daemon.Kill(entireProcessTree: true);
            _daemon.WaitForExit(5_000);
        }

        _daemon?.Dispose();
        _daemon = null;
        if (_networkTouched)
        {
            // Deleting the namespace deletes the veth pair and its routes; the link delete covers a half-made setup.
            Host.Run("ip", "netns", "del", Name);
            Host.Run("ip", "link", "del", Name + "a");
            _networkTouched = false;
        }

        if (Dir.Length > 0)
        {
            Directory.Delete(Dir, recursive: true);
            Dir = string.Empty;
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the daemon's configuration into <see cref="Dir"/> and returns the command line that runs it.</summary>
    protected abstract Task<string[]> WriteConfigAsync();

    /// <summary>True once the daemon listens and knows its neighbours.</summary>
    protected abstract bool IsReady();

    /// <summary>Runs a program inside the router's namespace.</summary>
    protected (int Exit, string Output) InNamespace(params string[] command) =>
        Host.Run("ip", ["netns", "exec", Name, Host.Find(command[0]) ?? command[0], .. command[1..]]);

    private string Address(int host) => $"198.18.{_subnet}.{host}";

    private void CreateNetwork()
    {
        var node = Name + "a";
        var router = Name + "b";
        Host.Must("ip", "netns", "add", Name);
        Host.Must("ip", "link", "add", node, "type", "veth", "peer", "name", router);
        Host.Must("ip", "link", "set", router, "netns", Name);
        foreach (var host in new[] { 1, 3, 4, 5, 6, 7, 8 })
        {
            Host.Must("ip", "addr", "add", $"{Address(host)}/24", "dev", node);
        }

        Host.Must("ip", "addr", "add", $"{Known6}/64", "dev", node, "nodad");
        Host.Must("ip", "link", "set", node, "up");
        Host.Must("ip", "-n", Name, "addr", "add", $"{Router}/24", "dev", router);
        Host.Must("ip", "-n", Name, "addr", "add", $"{Router6}/64", "dev", router, "nodad");
        Host.Must("ip", "-n", Name, "link", "set", router, "up");
        Host.Must("ip", "-n", Name, "link", "set", "lo", "up");
        Host.Must("ip", "netns", "exec", Name, "sysctl", "-qw", "net.ipv4.ip_forward=0");
        Host.Must("ip", "route", "add", $"{BlackHoled}/32", "via", Router, "dev", node);
    }

    private Process StartDaemon(string[] command)
    {
        var info = new ProcessStartInfo(Host.Find("ip")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "netns", "exec", Name, Host.Find(command[0])! }.Concat(command[1..]))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        // Drain the daemon's output so a chatty daemon never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
