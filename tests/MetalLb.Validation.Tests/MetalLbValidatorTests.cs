using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests;

public class MetalLbValidatorTests
{
    private static readonly string TwoProblems = Check.Pool("p", "10.0.0.300/24", "10.0.1.5/24") + Check.L2All;

    [Fact]
    public void ReportsEveryFindingAtOnce()
    {
        var report = Check.Yaml(TwoProblems);

        Assert.Equal(["MLB0102", "MLB0107"], report.Diagnostics.Select(d => d.RuleId));
        Assert.True(report.HasErrors);
        Assert.Equal((1, 1), (report.ErrorCount, report.WarningCount));
    }

    [Fact]
    public void DisabledRule_DoesNotReport()
    {
        var report = Check.Yaml(TwoProblems, new ValidationOptions { DisabledRules = new HashSet<string> { "MLB0102" } });

        Assert.Equal(["MLB0107"], report.Diagnostics.Select(d => d.RuleId));
        Assert.True(report.IsValid);
    }

    [Fact]
    public void SeverityOverride_Applies()
    {
        var report = Check.Yaml(TwoProblems, new ValidationOptions { SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["MLB0107"] = DiagnosticSeverity.Error } });

        Assert.Equal(2, report.ErrorCount);
    }

    [Fact]
    public void SuppressionAnnotation_IsHonoured_UnlessForbidden()
    {
        var yaml = """
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata:
              name: p
              namespace: metallb-system
              annotations:
                metallb-validate.io/ignore: "MLB0107, MLB0999"
            spec:
              addresses: ["10.0.1.5/24"]
            ---
            """ + "\n" + Check.L2All;

        Assert.Empty(Check.Yaml(yaml).Diagnostics);
        Assert.Single(Check.Yaml(yaml, new ValidationOptions { HonorSuppressions = false }).Diagnostics);
    }

    [Fact]
    public void FailingRule_BecomesAFinding_NotAnException()
    {
        var validator = new MetalLbValidator(catalog: RuleCatalog.Default.With(ThrowingRule()));

        var report = validator.ValidateText(Check.Pool("p", "10.0.0.0/24"));

        Assert.Contains(report.Diagnostics, d => d.RuleId == "MLB0000" && d.Message.Contains("MLB9999", StringComparison.Ordinal));
    }

    [Fact]
    public void ModeSpecificRule_RunsOnlyInItsMode()
    {
        var catalog = new RuleCatalog([NativeOnlyRule()]);
        var yaml = Check.Pool("p", "10.0.0.0/24");

        Assert.Single(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }, catalog).ValidateText(yaml).Diagnostics);
        Assert.Empty(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr }, catalog).ValidateText(yaml).Diagnostics);
    }

    [Fact]
    public void ReleaseRange_LimitsARule()
    {
        var catalog = new RuleCatalog([OldReleaseRule()]);
        var yaml = Check.Pool("p", "10.0.0.0/24");

        Assert.Single(new MetalLbValidator(new ValidationOptions { MetalLbVersion = new Version(0, 15, 3) }, catalog).ValidateText(yaml).Diagnostics);
        Assert.Empty(new MetalLbValidator(new ValidationOptions { MetalLbVersion = new Version(0, 16, 0) }, catalog).ValidateText(yaml).Diagnostics);
        Assert.Empty(new MetalLbValidator(catalog: catalog).ValidateText(yaml).Diagnostics);
    }

    private static Rule ThrowingRule() =>
        Rule.ForSet(new RuleDescriptor("MLB9999", "throws", RuleCategory.Pools, DiagnosticSeverity.Error), _ => throw new InvalidOperationException("boom"));

    private static Rule NativeOnlyRule()
    {
        var rule = new RuleDescriptor("MLB9998", "native", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native);
        return Rule.ForEach<KubernetesObject>(rule, (resource, context) => context.Report(rule, resource, null, "native only"));
    }

    private static Rule OldReleaseRule()
    {
        var rule = new RuleDescriptor("MLB9997", "old", RuleCategory.Peers, DiagnosticSeverity.Error, Releases: new ReleaseRange(null, new Version(0, 15, 3)));
        return Rule.ForEach<KubernetesObject>(rule, (resource, context) => context.Report(rule, resource, null, "old only"));
    }
}
