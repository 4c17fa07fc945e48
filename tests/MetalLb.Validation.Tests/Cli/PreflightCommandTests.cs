using System.Net;
using MetalLb.Validation.Preflight.Bgp;
using MetalLb.Validation.Tests.Preflight;

namespace MetalLb.Validation.Tests.Cli;

public class PreflightCommandTests
{
    [Fact]
    public void Preflight_WithoutNode_IsAUsageError()
    {
        var (exit, _, err) = CliRunner.Run(string.Empty, "preflight");

        Assert.Equal(2, exit);
        Assert.Contains("--node", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("1h")]
    public void Preflight_BadTimeout_IsAUsageError(string timeout)
    {
        var (exit, _, err) = CliRunner.Run(string.Empty, "preflight", "--node", "n", "--timeout", timeout);

        Assert.Equal(2, exit);
        Assert.Contains("--timeout", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bgp-auth", "--secret takes NAME=DIR")]
    [InlineData("bgp-auth=/no/such/dir", "no such directory")]
    public void Preflight_BadSecretMount_IsAUsageError(string value, string expected)
    {
        var (exit, _, err) = CliRunner.Run(string.Empty, "preflight", "--node", "n", "--secret", value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_EverySessionUp_ExitsZero()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(BgpOpen.For(64513, 90, IPAddress.Parse("10.255.0.1"), [])));
            await r.SendAsync(BgpMessage.Keepalive);
            await r.DrainAsync();
        });
        var yaml = Check.Peer("up", $"myASN: 64512\npeerASN: 64513\npeerAddress: 127.0.0.1\npeerPort: {router.Port}");

        var (exit, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1", "--timeout", "5s");

        Assert.True(exit == 0, output);
        Assert.Contains("info    MLB1100", output, StringComparison.Ordinal);
        Assert.Contains("warning MLB1111", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sarif", "\"ruleId\": \"MLB1102\"")]
    [InlineData("junit", "MLB1102")]
    public void Preflight_SessionFails_InEveryReportFormat(string format, string expected)
    {
        var yaml = Check.Peer("down", $"myASN: 64512\npeerASN: 64513\npeerAddress: 127.0.0.1\npeerPort: {ClosedPort()}");

        var (exit, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1", "--format", format);

        Assert.Equal(1, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preflight_UnprobedSession_CanBeMadeToFailTheGate()
    {
        var yaml = Check.Peer("unnumbered", "myASN: 64512\npeerASN: 64513\ninterface: eth9");
        var settings = Path.Combine(Path.GetTempPath(), $"preflight-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(settings, "severity: {MLB1110: error}\n");
        try
        {
            var (lenient, _, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1");
            var (strict, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1", "--config", settings);

            Assert.Equal(0, lenient);
            Assert.Equal(1, strict);
            Assert.Contains("error   MLB1110", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public void Preflight_NodeNotAmongTheInputsNodes_ExitsOne()
    {
        var yaml = "apiVersion: v1\nkind: Node\nmetadata: {name: worker-1}\n---\n" + Check.Peer("p", "myASN: 64512\npeerASN: 64513\ninterface: eth9");

        var (exit, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-9");

        Assert.Equal(1, exit);
        Assert.Contains("error   MLB1007", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Preflight_SessionFails_ExitsOneWithJson()
    {
        var yaml = Check.Peer("down", $"myASN: 64512\npeerASN: 64513\npeerAddress: 127.0.0.1\npeerPort: {ClosedPort()}");

        var (exit, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("\"ruleId\":\"MLB1102\"", output, StringComparison.Ordinal);
        Assert.Contains("\"node\":\"worker-1\"", output, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
