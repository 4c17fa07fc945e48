using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Tests.Rules.Pools;

namespace MetalLb.Validation.Tests;

public class PreparedConfigurationTests
{
    private static readonly MetalLbValidator Validator = new();

    private static PreparedConfiguration Prepare(string yaml) => Validator.Prepare(ConfigurationLoader.LoadText(yaml, "cluster.yaml"));

    private static ConfigurationSet Change(string yaml) => ConfigurationLoader.LoadText(yaml, "request.yaml");

    [Fact]
    public void NewPool_OverlappingTheSnapshot_IsReportedOnTheNewPool()
    {
        var prepared = Prepare(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.1.0/24") + Check.L2All);

        var finding = Assert.Single(prepared.Validate(Change(Check.Pool("c", "10.0.1.128/25"))).Diagnostics);

        Assert.Equal("MLB0104", finding.RuleId);
        Assert.Equal("c", finding.Resource!.Name);
        Assert.Equal("request.yaml", finding.Location.File);
        Assert.Contains("\"b\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdatedPool_IsNotComparedWithItsOldVersion()
    {
        var prepared = Prepare(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.1.0/24") + Check.L2All);

        Assert.DoesNotContain(prepared.Validate(Change(Check.Pool("a", "10.0.0.0/23"))).For("MLB0104"), d => d.Message.Contains("\"a\"", StringComparison.Ordinal));
        Assert.Single(prepared.Validate(Change(Check.Pool("a", "10.0.0.0/23"))).For("MLB0104"));
        Assert.Empty(prepared.Validate(Change(Check.Pool("a", "10.0.0.0/25"))).Diagnostics);
    }

    [Fact]
    public void PerObjectRules_RunOnTheChange_AndTheChangesLoadFindingsAreKept()
    {
        var prepared = Prepare(Check.Pool("a", "10.0.0.0/24"));

        var report = prepared.Validate(Change(Check.Pool("b", "10.0.1.0/24", "not-an-address") + "apiVersion: [\n"));

        Assert.Single(report.For("MLB0102"));
        Assert.Single(report.For("MLB0001"));
    }

    [Fact]
    public void FindingsAboutUnchangedObjects_AreLeftOut()
    {
        var prepared = Prepare(Check.Pool("a", "bad") + Check.Pool("b", "10.0.0.0/24") + Check.L2All);

        Assert.Single(prepared.Baseline.For("MLB0102"));
        Assert.Empty(prepared.Validate(Change(Check.Pool("b", "10.0.2.0/24"))).Diagnostics);
    }

    [Fact]
    public void DuplicateNamesWithinTheChange_AreReported() =>
        Assert.Single(Prepare(Check.Pool("a", "10.0.0.0/24")).Validate(Change(Check.Pool("x", "10.0.5.0/24") + Check.Pool("x", "10.0.6.0/24"))).For("MLB0012"));

    [Fact]
    public void WholeSetRuleWithoutIncrementalForm_RunsFully_AndKeepsOnlyFindingsAboutTheChange()
    {
        var validator = new MetalLbValidator(catalog: RuleCatalog.Default.With(new EveryPoolRule()));
        var prepared = validator.Prepare(ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24")));

        var report = prepared.Validate(Change(Check.Pool("b", "10.0.1.0/24")));

        Assert.Contains(prepared.FullRules, d => d.Id == "MLB9999");
        Assert.Equal("b", Assert.Single(report.For("MLB9999")).Resource!.Name);
    }

    /// <summary>A new pool (it comes last in the input) gets exactly the findings a full run gives it.</summary>
    [Property(MaxTest = 60)]
    public Property NewPool_FindingsEqualAFullRun()
    {
        var cases = PoolOverlapRuleTests.PoolsGen.Where(p => p.Count >= 2);
        return Prop.ForAll(cases.ToArbitrary(), pools =>
        {
            var snapshot = string.Concat(pools.Skip(1).Select((entries, p) => Check.Pool($"p{p}", [.. entries])));
            var added = Check.Pool("new", [.. pools[0]]);
            var full = Check.Yaml(snapshot + added).Diagnostics.Where(d => d.Resource?.Name == "new").Select(d => $"{d.RuleId} {d.Path}").Order().ToList();

            var prepared = Validator.Prepare(ConfigurationLoader.LoadText(snapshot, "test.yaml"));
            var incremental = prepared.Validate(ConfigurationLoader.LoadText(added, "test.yaml")).Diagnostics.Select(d => $"{d.RuleId} {d.Path}").Order().ToList();

            return full.SequenceEqual(incremental).Label($"full [{string.Join(", ", full)}] incremental [{string.Join(", ", incremental)}]");
        });
    }

    [Fact]
    public void RuleThatReportsOnOtherKinds_IsSkipped()
    {
        var counter = new PeerCountingRule();
        var prepared = new MetalLbValidator(catalog: RuleCatalog.Default.With(counter)).Prepare(ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24")));
        counter.Runs = 0;

        prepared.Validate(Change(Check.Pool("b", "10.0.1.0/24")));
        Assert.Equal(0, counter.Runs);

        prepared.Validate(Change(Check.Peer("p", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1")));
        Assert.Equal(1, counter.Runs);
    }

    [Fact]
    public void RuleReportingOnAKindItDoesNotDeclare_BecomesAnInternalError()
    {
        var report = new MetalLbValidator(catalog: new RuleCatalog([new PeerCountingRule { ReportPools = true }])).Validate(ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24")));

        Assert.Contains("MLB9998 reported on a IPAddressPool", Assert.Single(report.For("MLB0000")).Message, StringComparison.Ordinal);
    }

    private sealed class PeerCountingRule : Rule
    {
        public int Runs { get; set; }

        public bool ReportPools { get; init; }

        public override RuleDescriptor Descriptor { get; } = new("MLB9998", "Test: counts runs", RuleCategory.Peers, DiagnosticSeverity.Info);

        public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(Validation.Model.MetalLb.BgpPeer)];

        public override void Check(RuleContext context)
        {
            Runs++;
            foreach (var pool in context.Set.Pools.Where(_ => ReportPools))
            {
                context.Report(pool, "metadata.name", "not a peer");
            }
        }
    }

    private sealed class EveryPoolRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("MLB9999", "Test: every pool", RuleCategory.Pools, DiagnosticSeverity.Info);

        public override void Check(RuleContext context)
        {
            foreach (var pool in context.Set.Pools)
            {
                context.Report(pool, "metadata.name", "seen");
            }
        }
    }
}
