using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Tests.Cli;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>The preflight against real BGP daemons (BIRD 2, GoBGP) in network namespaces: one scenario per node address.</summary>
[Trait("Category", "Preflight")]
public class RealRouterPreflightTests(Routers routers) : IClassFixture<Routers>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(3);

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Accepted_SessionComesUp(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.Known}");

        AssertRule("MLB1100", finding, router);
        Assert.Contains($"the router is AS {RouterNamespace.RouterAsn} (BGP id {router.Router})", finding.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Ipv6_SessionComesUpWithTheIpv6Family(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: \"{router.Known6}\"\nrouterID: 10.0.0.1", peer: $"\"{router.Router6}\"");

        AssertRule("MLB1100", finding, router);
        Assert.Contains("mp(ipv6/unicast)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task NodeChangedIp_RouterClosesTheConnection(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.Unknown}");

        AssertRule("MLB1104", finding, router);
        Assert.Contains($"no neighbour configured for {router.Unknown}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task RouterExpectsAnotherAsn_NotificationBadPeerAs(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.ExpectsOtherAsn}");

        AssertRule("MLB1105", finding, router);
        Assert.Contains("OPEN Message Error / Bad Peer AS (2/2)", finding.Message, StringComparison.Ordinal);
        Assert.Equal("spec.myASN", finding.Path);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task WrongPeerAsn_RouterOpenShowsItsRealAsn(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.ForWrongPeerAsn}", peerAsn: 65000);

        AssertRule("MLB1106", finding, router);
        Assert.Contains($"the router speaks as AS {RouterNamespace.RouterAsn}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task SourceNotAssigned_BindFails(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.Unassigned}");

        AssertRule("MLB1101", finding, router);
        Assert.Contains("EADDRNOTAVAIL", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task RouterUnreachable_TimesOut(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.Known}", peer: router.BlackHoled);

        AssertRule("MLB1103", finding, router);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task NothingOnThePort_Refused(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.Known}\npeerPort: 1790");

        AssertRule("MLB1102", finding, router);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Md5RightPassword_SessionComesUp(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.WithPassword}\npassword: {RouterNamespace.Password}");

        AssertRule("MLB1100", finding, router);
        Assert.DoesNotContain(RouterNamespace.Password, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Md5PasswordFromAMountedSecret_SessionComesUp(string daemon)
    {
        var router = await routers.GetAsync(daemon);
        var mount = Directory.CreateTempSubdirectory("bgp-auth");
        try
        {
            File.WriteAllText(Path.Combine(mount.FullName, "password"), RouterNamespace.Password);
            var options = new PreflightOptions { Mode = BackendMode.Native, Timeout = Step, MountedSecrets = new Dictionary<string, string> { ["bgp-auth"] = mount.FullName } };

            var finding = await Probe(router, $"sourceAddress: {router.WithPasswordFromSecret}\npasswordSecret: {{name: bgp-auth, namespace: metallb-system}}", options: options);

            AssertRule("MLB1100", finding, router);
        }
        finally
        {
            mount.Delete(recursive: true);
        }
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Md5WrongPassword_TimesOutAndBlamesThePassword(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.WithPassword}\npassword: not-the-password");

        AssertRule("MLB1103", finding, router);
        Assert.Contains("wrong password", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Md5MissingPassword_TimesOut(string daemon)
    {
        var router = await routers.GetAsync(daemon);

        var finding = await Probe(router, $"sourceAddress: {router.WithPassword}");

        AssertRule("MLB1103", finding, router);
        Assert.Contains("TCP-MD5 password", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Router("bird")]
    [Router("gobgp")]
    public async Task Cli_ProbesEverySessionOfTheNode_JsonAndExitCode(string daemon)
    {
        var router = await routers.GetAsync(daemon);
        var file = Path.Combine(Path.GetTempPath(), $"mlb-preflight-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, """
            apiVersion: v1
            kind: Node
            metadata:
              name: worker-1
              labels: {rack: r1}
            ---

            """
            + Check.Peer("known", Spec(router.Router, $"sourceAddress: {router.KnownForCli}", RouterNamespace.RouterAsn))
            + Check.Peer("changed-ip", Spec(router.Router, $"sourceAddress: {router.Unknown}", RouterNamespace.RouterAsn))
            + Check.Peer("other-rack", Spec(router.Router, $"sourceAddress: {router.Unassigned}\nnodeSelectors:\n- matchLabels:\n    rack: r2", RouterNamespace.RouterAsn)));
        try
        {
            var (exit, output, _) = CliRunner.Run(string.Empty, "preflight", "--node", "worker-1", file, "--mode", "native", "--timeout", "3s", "--format", "json");

            Assert.True(exit == 1, $"exit {exit}: {output}\n{router.Describe()}");
            Assert.Contains("\"MLB1100\"", output, StringComparison.Ordinal);
            Assert.Contains("\"MLB1104\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("MLB1101", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<Diagnostic> Probe(RouterNamespace router, string extra, uint peerAsn = RouterNamespace.RouterAsn, string? peer = null, PreflightOptions? options = null)
    {
        var yaml = Check.Peer("router", Spec(peer ?? router.Router, extra, peerAsn));
        var set = ConfigurationLoader.LoadText(yaml, "test.yaml");
        var report = await new PreflightRunner(options ?? new PreflightOptions { Mode = BackendMode.Native, Timeout = Step }).RunAsync(set, "worker-1");
        return Assert.Single(report.Diagnostics, d => d.RuleId != "MLB1111");
    }

    private static string Spec(string router, string extra, uint peerAsn) =>
        $"myASN: {RouterNamespace.NodeAsn}\npeerASN: {peerAsn}\npeerAddress: {router}\n{extra}";

    private static void AssertRule(string expected, Diagnostic finding, RouterNamespace router) =>
        Assert.True(finding.RuleId == expected, $"expected {expected}, got {finding}\nrouter:\n{router.Describe()}");
}
