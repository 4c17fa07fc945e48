using System.Diagnostics;
using System.Globalization;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>
/// BIRD 2 as the router, in its own network namespace joined to this (the "node's") namespace by a veth pair.
/// The node side gets several addresses, one per scenario; the router knows some of them as neighbours.
/// Everything lives under a temp dir and a random name and is removed on dispose, even after a failed setup.
/// </summary>
public sealed class BirdRouter : IAsyncLifetime
{
    public const uint RouterAsn = 64513;
    public const uint NodeAsn = 64512;
    public const string Password = "s3cret-md5";

    private readonly string _name = "mlbpf" + Random.Shared.Next(0x100000, 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    private readonly int _subnet = Random.Shared.Next(16, 240);
    private string _dir = string.Empty;
    private Process? _bird;
    private bool _networkTouched;

    /// <summary>The router's address.</summary>
    public string Router => Address(2);

    /// <summary>Node address the router has as a neighbour (AS 64512).</summary>
    public string Known => Address(1);

    /// <summary>Node address the router has as a neighbour of AS 64999, so our AS 64512 is a Bad Peer AS.</summary>
    public string ExpectsOtherAsn => Address(3);

    /// <summary>Node address the router has as a neighbour with a TCP-MD5 password.</summary>
    public string WithPassword => Address(4);

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

    /// <summary>What BIRD says about its sessions, for failure messages.</summary>
    public string Protocols => Host.Run("birdc", "-s", Socket, "show", "protocols").Output;

    private string Socket => Path.Combine(_dir, "bird.ctl");

    public async Task InitializeAsync()
    {
        if (PreflightFactAttribute.MissingPrerequisite() is { } missing)
        {
            throw new InvalidOperationException($"CI_REQUIRE_PREFLIGHT=1 but {missing}");
        }

        try
        {
            _dir = Directory.CreateTempSubdirectory("mlb-preflight-").FullName;
            _networkTouched = true;
            CreateNetwork();
            await StartBirdAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public Task DisposeAsync()
    {
        if (_bird is { HasExited: false })
        {
            _bird.Kill(entireProcessTree: true);
            _bird.WaitForExit(5_000);
        }

        _bird?.Dispose();
        if (_networkTouched)
        {
            // Deleting the namespace deletes the veth pair and its routes; the link delete covers a half-made setup.
            Host.Run("ip", "netns", "del", _name);
            Host.Run("ip", "link", "del", _name + "a");
        }

        if (_dir.Length > 0)
        {
            Directory.Delete(_dir, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string Address(int host) => $"198.18.{_subnet}.{host}";

    private void CreateNetwork()
    {
        var node = _name + "a";
        var router = _name + "b";
        Host.Must("ip", "netns", "add", _name);
        Host.Must("ip", "link", "add", node, "type", "veth", "peer", "name", router);
        Host.Must("ip", "link", "set", router, "netns", _name);
        foreach (var host in new[] { 1, 3, 4, 5, 6 })
        {
            Host.Must("ip", "addr", "add", $"{Address(host)}/24", "dev", node);
        }

        Host.Must("ip", "addr", "add", $"{Known6}/64", "dev", node, "nodad");
        Host.Must("ip", "link", "set", node, "up");
        Host.Must("ip", "-n", _name, "addr", "add", $"{Router}/24", "dev", router);
        Host.Must("ip", "-n", _name, "addr", "add", $"{Router6}/64", "dev", router, "nodad");
        Host.Must("ip", "-n", _name, "link", "set", router, "up");
        Host.Must("ip", "-n", _name, "link", "set", "lo", "up");
        Host.Must("ip", "netns", "exec", _name, "sysctl", "-qw", "net.ipv4.ip_forward=0");
        Host.Must("ip", "route", "add", $"{BlackHoled}/32", "via", Router, "dev", node);
    }

    private async Task StartBirdAsync()
    {
        var config = Path.Combine(_dir, "bird.conf");
        await File.WriteAllTextAsync(config, $$"""
            router id {{Router}};
            protocol device {}
            template bgp probe_base {
              local as {{RouterAsn}};
              passive on;
              error wait time 1, 2;
              ipv4 { import none; export none; };
            }
            protocol bgp known from probe_base { neighbor {{Known}} as {{NodeAsn}}; }
            protocol bgp other_asn from probe_base { neighbor {{ExpectsOtherAsn}} as 64999; }
            protocol bgp with_password from probe_base { neighbor {{WithPassword}} as {{NodeAsn}}; password "{{Password}}"; }
            protocol bgp wrong_peer_asn from probe_base { neighbor {{ForWrongPeerAsn}} as {{NodeAsn}}; }
            protocol bgp known_v6 {
              local as {{RouterAsn}};
              neighbor {{Known6}} as {{NodeAsn}};
              passive on;
              error wait time 1, 2;
              ipv6 { import none; export none; };
            }
            """);
        var info = new ProcessStartInfo(Host.Find("ip")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "netns", "exec", _name, Host.Find("bird")!, "-f", "-c", config, "-s", Socket, "-P", Path.Combine(_dir, "bird.pid") })
        {
            info.ArgumentList.Add(arg);
        }

        _bird = Process.Start(info)!;
        for (var i = 0; i < 100; i++)
        {
            if (_bird.HasExited)
            {
                throw new InvalidOperationException($"bird exited: {await _bird.StandardError.ReadToEndAsync()}");
            }

            if (Host.Run("birdc", "-s", Socket, "show", "protocols").Output.Contains("Passive", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("bird did not come up within 10 seconds");
    }
}
