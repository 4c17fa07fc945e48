using MetalLb.Validation.Configuration;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Options;

public class ImmutableReportTests
{
    [Fact]
    public void ReportCollections_CannotBeChangedByACast()
    {
        var report = Check.Yaml(Check.Pool("p", "10.0.0.300/24") + Check.L2All + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n");
        var extra = report.Diagnostics[0] with { RuleId = "MLB0999" };

        Assert.IsNotType<List<Diagnostic>>(report.Diagnostics, exactMatch: false);
        Assert.Throws<NotSupportedException>(() => ((ICollection<Diagnostic>)report.Diagnostics).Add(extra));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)report.SkippedKinds).Add("Service", 1));
        Assert.Equal(["MLB0102"], report.Diagnostics.Select(d => d.RuleId));
        Assert.Equal(1, report.SkippedKinds["Deployment"]);
    }

    [Fact]
    public void CatalogCollections_CannotBeChangedByACast()
    {
        Assert.Throws<NotSupportedException>(() => ((ICollection<Rule>)RuleCatalog.Default.Rules).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<RuleDescriptor>)RuleCatalog.Default.Descriptors).Clear());
        Assert.NotEmpty(RuleCatalog.Default.Rules);
    }

    [Fact]
    public void SetCollections_CannotBeChangedByACast()
    {
        var set = ConfigurationLoader.LoadText(Check.Pool("p", "10.0.0.300/24") + Check.L2All + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n");

        Assert.Throws<NotSupportedException>(() => ((ICollection<KubernetesObject>)set.Objects).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<IpAddressPool>)set.Pools).Clear());
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)set.SkippedKinds).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<SourceDocumentCount>)set.Sources).Clear());
        Assert.Single(set.Pools);
        Assert.Equal(2, set.Objects.Count);
    }

    [Fact]
    public void SettingsFileCollections_AreImmutable()
    {
        var config = ToolConfigurationReader.Read("disabledRules: [MLB0107]\nseverity: {MLB0104: warning}\nignorePaths: [a]\n", "c.yaml", out _);

        Assert.Throws<NotSupportedException>(() => ((ICollection<string>)config.DisabledRules).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<string>)config.IgnorePaths).Clear());
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, DiagnosticSeverity>)config.SeverityOverrides).Clear());
        Assert.Equal(DiagnosticSeverity.Warning, config.SeverityOverrides["mlb0104"]);
    }
}
