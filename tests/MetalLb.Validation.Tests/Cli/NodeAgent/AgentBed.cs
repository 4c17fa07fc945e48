using System.Net;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

/// <summary>
/// The agent's rounds over interfaces and a configuration the test changes between rounds: worker-2 with its node IP
/// and the VIP its BGPPeer's sourceAddress pins (deploy/node-agent/config), as in .ci/steps/node-agent.sh.
/// </summary>
internal sealed class AgentBed
{
    public const string Node = "worker-2";
    public const string Vip = "10.255.0.2";

    public static readonly string SamplePath = Path.Combine(RepositoryRoot.Path, "deploy", "node-agent", "config");

    public AgentBed()
    {
        Rounds = new AgentRounds(
            new AgentSettings { Node = Node, Options = new ValidationOptions { Mode = BackendMode.Frr }, Interval = TimeSpan.FromSeconds(30) },
            () => ReadInterfaces(),
            () => Load());
    }

    public AgentRounds Rounds { get; }

    /// <summary>What the next read of the interfaces gives (or throws).</summary>
    public Func<IReadOnlyList<HostLink>> ReadInterfaces { get; set; } = () => Links(withVip: true);

    /// <summary>What the next read of the configuration gives (or throws).</summary>
    public Func<ConfigurationSet> Load { get; set; } = () => new ConfigurationLoader().AddPath(SamplePath).Build();

    public static IReadOnlyList<HostLink> Links(bool withVip, bool eth0Up = true)
    {
        List<InterfaceAddress> eth0 = [Address("10.0.0.12", 24), Address("fd00::12", 64)];
        if (withVip)
        {
            eth0.Add(Address(Vip, 32));
        }

        return
        [
            new HostLink(1, "loopback", ["LOOPBACK", "UP", "LOWER_UP"], "UNKNOWN", new InterfaceState("lo", "loopback", true, [Address("127.0.0.1", 8), Address("::1", 128)])),
            new HostLink(2, "ether", eth0Up ? ["BROADCAST", "MULTICAST", "UP", "LOWER_UP"] : ["NO-CARRIER", "BROADCAST", "MULTICAST"], eth0Up ? "UP" : "DOWN", new InterfaceState("eth0", "ethernet", eth0Up, eth0)),
        ];
    }

    private static InterfaceAddress Address(string address, int prefix) => new(IPAddress.Parse(address), prefix, SourceSpan.None);
}
