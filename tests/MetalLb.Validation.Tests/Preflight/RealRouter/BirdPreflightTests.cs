using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Tests.Cli;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>The preflight against BIRD 2 in a network namespace: one scenario per node address.</summary>
[Trait("Category", "Preflight")]
public class BirdPreflightTests(BirdRouter bird) : IClassFixture<BirdRouter>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    [PreflightFact]
    public async Task Accepted_SessionComesUp()
    {
        var finding = await Probe($"sourceAddress: {bird.Known}");

        AssertRule("MLB1100", finding);
        Assert.Contains($"the router is AS {BirdRouter.RouterAsn} (BGP id {bird.Router})", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [PreflightFact]
    public async Task Ipv6_SessionComesUpWithTheIpv6Family()
    {
        var finding = await Probe($"sourceAddress: \"{bird.Known6}\"\nrouterID: 10.0.0.1", router: $"\"{bird.Router6}\"");

        AssertRule("MLB1100", finding);
        Assert.Contains("mp(ipv6/unicast)", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task NodeChangedIp_RouterClosesTheConnection()
    {
        var finding = await Probe($"sourceAddress: {bird.Unknown}");

        AssertRule("MLB1104", finding);
        Assert.Contains($"no neighbour configured for {bird.Unknown}", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task RouterExpectsAnotherAsn_NotificationBadPeerAs()
    {
        var finding = await Probe($"sourceAddress: {bird.ExpectsOtherAsn}");

        AssertRule("MLB1105", finding);
        Assert.Contains("OPEN Message Error / Bad Peer AS (2/2)", finding.Message, StringComparison.Ordinal);
        Assert.Equal("spec.myASN", finding.Path);
    }

    [PreflightFact]
    public async Task WrongPeerAsn_RouterOpenShowsItsRealAsn()
    {
        var finding = await Probe($"sourceAddress: {bird.ForWrongPeerAsn}", peerAsn: 65000);

        AssertRule("MLB1106", finding);
        Assert.Contains($"the router speaks as AS {BirdRouter.RouterAsn}", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task SourceNotAssigned_BindFails()
    {
        var finding = await Probe($"sourceAddress: {bird.Unassigned}");

        AssertRule("MLB1101", finding);
        Assert.Contains("EADDRNOTAVAIL", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task RouterUnreachable_TimesOut()
    {
        var finding = await Probe($"sourceAddress: {bird.Known}", router: bird.BlackHoled);

        AssertRule("MLB1103", finding);
    }

    [PreflightFact]
    public async Task NothingOnThePort_Refused()
    {
        var finding = await Probe($"sourceAddress: {bird.Known}\npeerPort: 1790");

        AssertRule("MLB1102", finding);
    }

    [PreflightFact]
    public async Task Md5RightPassword_SessionComesUp()
    {
        var finding = await Probe($"sourceAddress: {bird.WithPassword}\npassword: {BirdRouter.Password}");

        AssertRule("MLB1100", finding);
        Assert.DoesNotContain(BirdRouter.Password, finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task Md5WrongPassword_TimesOutAndBlamesThePassword()
    {
        var finding = await Probe($"sourceAddress: {bird.WithPassword}\npassword: not-the-password");

        AssertRule("MLB1103", finding);
        Assert.Contains("wrong password", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public async Task Md5MissingPassword_TimesOut()
    {
        var finding = await Probe($"sourceAddress: {bird.WithPassword}");

        AssertRule("MLB1103", finding);
        Assert.Contains("TCP-MD5 password", finding.Message, StringComparison.Ordinal);
    }

    [PreflightFact]
    public void Cli_ProbesEverySessionOfTheNode_JsonAndExitCode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mlb-preflight-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, $"""
            apiVersion: v1
            kind: Node
            metadata:
              name: worker-1
              labels: {"{"}rack: r1{"}"}
            ---

            """
            + Check.Peer("known", Spec(bird.Router, $"sourceAddress: {bird.Known}", BirdRouter.RouterAsn))
            + Check.Peer("changed-ip", Spec(bird.Router, $"sourceAddress: {bird.Unknown}", BirdRouter.RouterAsn))
            + Check.Peer("other-rack", Spec(bird.Router, $"sourceAddress: {bird.Unassigned}\nnodeSelectors:\n- matchLabels:\n    rack: r2", BirdRouter.RouterAsn)));
        try
        {
            var (exit, output, _) = CliRunner.Run(string.Empty, "preflight", "--node", "worker-1", file, "--mode", "native", "--timeout", "1s", "--format", "json");

            Assert.Equal(1, exit);
            Assert.Contains("\"MLB1100\"", output, StringComparison.Ordinal);
            Assert.Contains("\"MLB1104\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("MLB1101", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<Diagnostic> Probe(string extra, uint peerAsn = BirdRouter.RouterAsn, string? router = null)
    {
        var yaml = Check.Peer("router", Spec(router ?? bird.Router, extra, peerAsn));
        var set = ConfigurationLoader.LoadText(yaml, "test.yaml");
        var report = await new PreflightRunner(new PreflightOptions { Mode = BackendMode.Native, Timeout = Step }).RunAsync(set, "worker-1");
        return Assert.Single(report.Diagnostics, d => d.RuleId != "MLB1111");
    }

    private static string Spec(string router, string extra, uint peerAsn) =>
        $"myASN: {BirdRouter.NodeAsn}\npeerASN: {peerAsn}\npeerAddress: {router}\n{extra}";

    private void AssertRule(string expected, Diagnostic finding) =>
        Assert.True(finding.RuleId == expected, $"expected {expected}, got {finding}\nBIRD:\n{bird.Protocols}");
}
