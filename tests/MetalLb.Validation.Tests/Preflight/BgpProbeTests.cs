using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Tests.Preflight;

/// <summary>The probe's protocol logic against scripted routers on loopback (no root needed).</summary>
public class BgpProbeTests
{
    private static readonly BgpOpen RouterOpen = BgpOpen.For(64513, 90, IPAddress.Parse("10.255.0.1"), [BgpCapability.Multiprotocol(1, 1)]);

    [Fact]
    public async Task Probe_RouterAnswers_EstablishesAndClosesWithCeaseWithoutUpdates()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(RouterOpen));
            await r.SendAsync(BgpMessage.Keepalive);
            await r.DrainAsync();
        });

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 64513\nholdTime: 30s");
        await router.FinishedAsync();

        Assert.Equal("MLB1100", outcome.Rule.Id);
        Assert.Contains("AS 64513", outcome.Message, StringComparison.Ordinal);
        Assert.Equal([BgpMessageType.Open, BgpMessageType.Keepalive, BgpMessageType.Notification], router.Received.Select(m => m.Type));
        var open = router.Received[0].Open!;
        Assert.Equal((ushort)64512, open.MyAs);
        Assert.Equal(64512u, open.Asn);
        Assert.Equal((ushort)30, open.HoldTimeSeconds);
        Assert.Equal(IPAddress.Loopback, open.Identifier);
        Assert.Contains(open.Capabilities, c => c.AsMultiprotocol() == (1, 1));
        Assert.Equal(BgpNotification.AdministrativeShutdown, router.Received[2].Notification);
    }

    [Fact]
    public async Task Probe_FourOctetLocalAsnAndRouterId_SendsAsTransAndTheRouterId()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(RouterOpen));
            await r.SendAsync(BgpMessage.Keepalive);
            await r.DrainAsync();
        });

        var outcome = await Probe(router.Port, "myASN: 4200000001\npeerASN: 64513\nrouterID: 10.9.9.9");
        await router.FinishedAsync();

        Assert.Equal("MLB1100", outcome.Rule.Id);
        var open = router.Received[0].Open!;
        Assert.Equal(BgpOpen.AsTrans, open.MyAs);
        Assert.Equal(4200000001u, open.Asn);
        Assert.Equal((ushort)90, open.HoldTimeSeconds);
        Assert.Equal(IPAddress.Parse("10.9.9.9"), open.Identifier);
    }

    [Fact]
    public async Task Probe_RouterAsnDiffersFromPeerAsn_ReportsMismatchAndSendsBadPeerAs()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(RouterOpen));
            await r.DrainAsync();
        });

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 65000");
        await router.FinishedAsync();

        Assert.Equal("MLB1106", outcome.Rule.Id);
        Assert.Equal("spec.peerASN", outcome.Path);
        Assert.Contains("AS 64513", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(BgpNotification.BadPeerAs, router.Received.Last().Notification);
        Assert.DoesNotContain(router.Received, m => m.Type == BgpMessageType.Keepalive);
    }

    [Theory]
    [InlineData("internal", 64512u, "MLB1100")]
    [InlineData("internal", 64513u, "MLB1106")]
    [InlineData("external", 64513u, "MLB1100")]
    [InlineData("external", 64512u, "MLB1106")]
    public async Task Probe_DynamicAsn_AcceptsOnlyTheRightKindOfRouter(string dynamic, uint routerAsn, string expected)
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(BgpOpen.For(routerAsn, 90, IPAddress.Parse("10.255.0.1"), [])));
            await r.SendAsync(BgpMessage.Keepalive);
            await r.DrainAsync();
        });

        var outcome = await Probe(router.Port, $"myASN: 64512\ndynamicASN: {dynamic}");

        Assert.Equal(expected, outcome.Rule.Id);
    }

    [Fact]
    public async Task Probe_RouterSendsNotification_DecodesItIntoWords()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.ReadAsync();
            await r.SendAsync(BgpMessage.Of(new BgpNotification(6, 5, ReadOnlyMemory<byte>.Empty)));
        });

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 64513");

        Assert.Equal("MLB1105", outcome.Rule.Id);
        Assert.Contains("Cease / Connection Rejected (6/5)", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_RouterClosesAtOnce_ReportsClosedByRouter()
    {
        await using var router = FakeRouter.Start(_ => Task.CompletedTask);

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 64513");

        Assert.Equal("MLB1104", outcome.Rule.Id);
        Assert.Contains("no neighbour configured for 127.0.0.1", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_SomethingElseOnThePort_ReportsMalformed()
    {
        await using var router = FakeRouter.Start(async r =>
        {
            await r.SendRawAsync("SSH-2.0-OpenSSH_9.2\r\n"u8.ToArray());
            await r.DrainAsync();
        });

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 64513");

        Assert.Equal("MLB1107", outcome.Rule.Id);
        Assert.Contains("BadMarker", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_RouterSilent_ReportsNoAnswer()
    {
        await using var router = FakeRouter.Start(r => r.DrainAsync());
        var session = Plan(router.Port, "myASN: 64512\npeerASN: 64513\nconnectTime: 200ms", BackendMode.FrrK8s);
        Assert.Equal(TimeSpan.FromMilliseconds(200), session.Timeout);

        // Connected without the 200 ms deadline: on a busy machine the connect alone can take that long,
        // and this test is about the wait for the router's OPEN.
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(session.Router);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var outcome = await BgpExchange.RunAsync(stream, socket, session, CancellationToken.None);

        Assert.Equal("MLB1108", outcome.Rule.Id);
        Assert.Contains("no OPEN within 0.2s", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_NothingListening_ReportsRefused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var outcome = await Probe(port, "myASN: 64512\npeerASN: 64513");

        Assert.Equal("MLB1102", outcome.Rule.Id);
    }

    [Fact]
    public async Task Probe_SourceNotOnThisHost_FailsToBindAndSendsNothing()
    {
        await using var router = FakeRouter.Start(r => r.DrainAsync());

        var outcome = await Probe(router.Port, "myASN: 64512\npeerASN: 64513\nsourceAddress: 192.0.2.123", BackendMode.Native);

        Assert.Equal("MLB1101", outcome.Rule.Id);
        Assert.Equal("spec.sourceAddress", outcome.Path);
        Assert.Contains("192.0.2.123 is not assigned to any interface of this host (EADDRNOTAVAIL)", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_SourceOfTheOtherFamily_IsReportedWithoutSending()
    {
        var outcome = await Probe(1, "myASN: 64512\npeerASN: 64513\nsourceAddress: \"::1\"", BackendMode.Native);

        Assert.Equal("MLB1101", outcome.Rule.Id);
        Assert.Contains("different IP families", outcome.Message, StringComparison.Ordinal);
    }

    private static Task<ProbeOutcome> Probe(int port, string spec, BackendMode mode = BackendMode.FrrK8s) =>
        BgpProbe.RunAsync(Plan(port, spec, mode));

    private static PlannedSession Plan(int port, string spec, BackendMode mode)
    {
        var yaml = Check.Peer("router", $"peerAddress: 127.0.0.1\npeerPort: {port}\n{spec}");
        var set = ConfigurationLoader.LoadText(yaml, "test.yaml");
        var plan = SessionPlanner.Plan(set, "worker-1", new PreflightOptions { Mode = mode, Timeout = spec.Contains("connectTime") ? null : TimeSpan.FromSeconds(5) });
        return Assert.Single(plan.Sessions);
    }
}
