using System.Text.RegularExpressions;
using MetalLb.Validation.Cli.NodeAgent;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

public sealed partial class AgentMetricsTests
{
    [Fact]
    public void Findings_AreByRuleSeverityAndNamespace_WithTheNodeLabel()
    {
        var bed = new AgentBed { ReadInterfaces = () => AgentBed.Links(withVip: false) };
        bed.Rounds.RunRound();

        var text = AgentMetrics.Render(bed.Rounds);

        Assert.Contains("metallb_validate_agent_findings{rule=\"MLB0901\",severity=\"error\",namespace=\"metallb-system\",node=\"worker-2\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_ready{node=\"worker-2\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_last_round_ok{node=\"worker-2\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_interfaces{node=\"worker-2\",state=\"up\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_addresses{node=\"worker-2\",family=\"inet\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_addresses{node=\"worker-2\",family=\"inet6\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_rounds_total{node=\"worker-2\",result=\"ok\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_round_duration_seconds_count{node=\"worker-2\"} 1\n", text, StringComparison.Ordinal);
        Assert.Matches("metallb_validate_agent_last_success_timestamp_seconds\\{node=\"worker-2\"\\} [0-9.]+\n", text);
        Assert.Matches("metallb_validate_agent_build_info\\{node=\"worker-2\",version=\"[^\"]+\",mode=\"frr\",metallb_version=\"[^\"]+\"\\} 1\n", text);
    }

    [Fact]
    public void VipBack_TheFindingLeavesTheMetrics()
    {
        var bed = new AgentBed { ReadInterfaces = () => AgentBed.Links(withVip: false) };
        bed.Rounds.RunRound();
        bed.ReadInterfaces = () => AgentBed.Links(withVip: true);
        bed.Rounds.RunRound();

        Assert.DoesNotContain("MLB0901", AgentMetrics.Render(bed.Rounds), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheFirstRound_NotReady_NoFindings_NoSuccessTime()
    {
        var text = AgentMetrics.Render(new AgentBed().Rounds);

        Assert.Contains("metallb_validate_agent_ready{node=\"worker-2\"} 0\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("metallb_validate_agent_findings{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("metallb_validate_agent_last_success_timestamp_seconds{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("metallb_validate_agent_last_round_ok{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedRound_Shows_AndTheLastGoodFindingsStay()
    {
        var bed = new AgentBed { ReadInterfaces = () => AgentBed.Links(withVip: false) };
        bed.Rounds.RunRound();
        bed.Load = () => throw new IOException("gone");
        bed.Rounds.RunRound();

        var text = AgentMetrics.Render(bed.Rounds);

        Assert.Contains("metallb_validate_agent_last_round_ok{node=\"worker-2\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_rounds_total{node=\"worker-2\",result=\"error\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_findings{rule=\"MLB0901\"", text, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_agent_ready{node=\"worker-2\"} 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLine_IsAHelpATypeOrASampleOfAnAgentFamily_WithANodeLabel()
    {
        var bed = new AgentBed();
        bed.Rounds.RunRound();

        foreach (var line in AgentMetrics.Render(bed.Rounds).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(Line(), line);
            if (!line.StartsWith('#'))
            {
                Assert.Contains("node=\"worker-2\"", line, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex("^(# (HELP|TYPE) metallb_validate_agent_[a-z_]+ .+|metallb_validate_agent_[a-z_]+\\{([a-z_]+=\"[^\"]*\",?)+\\} [0-9.e+-]+)$")]
    private static partial Regex Line();
}
