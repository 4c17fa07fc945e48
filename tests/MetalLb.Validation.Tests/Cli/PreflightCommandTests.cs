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

    [Fact]
    public void Preflight_SessionFails_ExitsOneWithJson()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var yaml = Check.Peer("down", $"myASN: 64512\npeerASN: 64513\npeerAddress: 127.0.0.1\npeerPort: {port}");

        var (exit, output, _) = CliRunner.Run(yaml, "preflight", "--node", "worker-1", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("\"ruleId\":\"MLB1102\"", output, StringComparison.Ordinal);
        Assert.Contains("\"node\":\"worker-1\"", output, StringComparison.Ordinal);
    }
}
