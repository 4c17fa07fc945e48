using System.Net;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Preflight.Bgp;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Tests.Preflight;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

/// <summary>The agent's periodic preflight: real BGP OPENs toward a scripted router on loopback, exported per session.</summary>
public sealed class AgentPreflightTests
{
    private const string Secret = "s3cr3t-never-shown";

    [Fact]
    public async Task EachSessionsOutcome_IsExported_AndNoMessageOrPasswordIs()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(BgpOpen.For(64600, 90, IPAddress.Parse("10.0.0.1"), [])));
            await r.SendAsync(BgpMessage.Keepalive);
            await r.DrainAsync();
        });
        var yaml = Peer("tor-up", 64600, router.Port) + "---\n" + Peer("tor-closed", 64601, ClosedPort(), $"\n  password: {Secret}");
        var bed = new AgentBed { Load = () => new ConfigurationLoader().AddText(yaml, "peers.yaml").Build() };
        bed.Rounds.RunRound();
        await using var preflight = new AgentPreflight(AgentBed.Node, TimeSpan.FromMinutes(5), new PreflightOptions { Mode = BackendMode.Frr, Timeout = TimeSpan.FromSeconds(5) }, bed.Load);

        Assert.True(await preflight.RunOnceAsync());
        var text = AgentMetrics.Render(bed.Rounds, preflight);

        Assert.Contains("metallb_validate_agent_preflight_session_up{node=\"worker-2\",namespace=\"metallb-system\",peer=\"tor-up\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_preflight_session_result{node=\"worker-2\",namespace=\"metallb-system\",peer=\"tor-up\",rule=\"MLB1100\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_preflight_session_up{node=\"worker-2\",namespace=\"metallb-system\",peer=\"tor-closed\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_preflight_runs_total{node=\"worker-2\",result=\"ok\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, System.Text.Encoding.UTF8.GetString(bed.Rounds.Current!.FindingsJson), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreflightThatCannotRun_IsCounted_AndTheAgentGoesOn()
    {
        await using var preflight = new AgentPreflight(AgentBed.Node, TimeSpan.FromMinutes(5), new PreflightOptions { Mode = BackendMode.Frr }, () => throw new IOException("unreadable"));

        Assert.False(await preflight.RunOnceAsync());

        Assert.Equal("IOException: unreadable", preflight.LastError);
        Assert.Equal(1, preflight.Failures);
        var text = AgentMetrics.Render(new AgentBed().Rounds, preflight);
        Assert.Contains("metallb_validate_agent_preflight_runs_total{node=\"worker-2\",result=\"error\"} 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("preflight_session_up{", text, StringComparison.Ordinal);
    }

    private static string Peer(string name, uint asn, int port, string extra = "") => $"""
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: {name}
          namespace: metallb-system
        spec:
          myASN: 64512
          peerASN: {asn}
          peerAddress: 127.0.0.1
          peerPort: {port}{extra}

        """;

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
