using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Options;

public class RuleIdOptionsTests
{
    private static readonly string TwoProblems = Check.Pool("p", "10.0.0.300/24", "10.0.1.5/24") + Check.L2All;

    [Fact]
    public void UnknownDisabledRule_IsAnError_NamingTheClosestId()
    {
        var options = new ValidationOptions { DisabledRules = new HashSet<string> { "MLB01O2" } };

        var ex = Assert.Throws<ArgumentException>(() => new MetalLbValidator(options));

        Assert.Equal("unknown rule id 'MLB01O2' in DisabledRules; did you mean MLB0102?", ex.Message);
    }

    [Fact]
    public void UnknownSeverityOverride_IsAnError_NamingTheClosestId()
    {
        var options = new ValidationOptions { SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["MLB107"] = DiagnosticSeverity.Error } };

        var ex = Assert.Throws<ArgumentException>(() => new MetalLbValidator(options));

        Assert.Equal("unknown rule id 'MLB107' in SeverityOverrides; did you mean MLB0107?", ex.Message);
    }

    [Fact]
    public void CustomRuleIds_AreKnown_ToTheValidatorWhoseCatalogHoldsThem()
    {
        var options = new ValidationOptions { SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["MLB9990"] = DiagnosticSeverity.Info } };
        var catalog = RuleCatalog.Default.With(CustomRule());

        Assert.Throws<ArgumentException>(() => new MetalLbValidator(options));
        var report = new MetalLbValidator(options, catalog).ValidateText(Check.Pool("p", "10.0.0.0/24") + Check.L2All);

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(report.For("MLB9990")).Severity);
    }

    [Fact]
    public void RuleIds_IgnoreCase_InOptions()
    {
        var disabled = new MetalLbValidator(new ValidationOptions { DisabledRules = new HashSet<string> { "mlb0102" } }).ValidateText(TwoProblems);
        var raised = new MetalLbValidator(new ValidationOptions { SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["Mlb0107"] = DiagnosticSeverity.Error } }).ValidateText(TwoProblems);

        Assert.Equal(["MLB0107"], disabled.Diagnostics.Select(d => d.RuleId));
        Assert.Equal(2, raised.ErrorCount);
        Assert.Single(raised.For("mlb0107"));
        Assert.NotNull(RuleCatalog.Default.Find("mlb0107"));
    }

    [Fact]
    public void SeverityOverrides_DifferingOnlyInCase_WithDifferentSeverities_AreRejected()
    {
        var severities = new Dictionary<string, DiagnosticSeverity> { ["MLB0107"] = DiagnosticSeverity.Error, ["mlb0107"] = DiagnosticSeverity.Info };

        Assert.Throws<ArgumentException>(() => new ValidationOptions { SeverityOverrides = severities });
    }

    [Fact]
    public void SuppressionAnnotation_IgnoresCase()
    {
        var yaml = """
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata:
              name: p
              namespace: metallb-system
              annotations:
                metallb-validate.io/ignore: "mlb0107"
            spec:
              addresses: ["10.0.1.5/24"]
            ---
            """ + "\n" + Check.L2All;

        Assert.Empty(Check.Yaml(yaml).For("MLB0107"));
    }

    [Fact]
    public void Preflight_UnknownRuleId_IsAnError()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PreflightRunner(new PreflightOptions { DisabledRules = new HashSet<string> { "MLB1190" } }));

        Assert.Contains("did you mean MLB11", ex.Message, StringComparison.Ordinal);
        Assert.Equal("mlb1110", Assert.Single(new PreflightRunner(new PreflightOptions { DisabledRules = new HashSet<string> { "mlb1110" } }).Options.DisabledRules));
    }

    private static Rule CustomRule()
    {
        var rule = new RuleDescriptor("MLB9990", "every pool", RuleCategory.Pools, DiagnosticSeverity.Warning);
        return Rule.ForEach<IpAddressPool>(rule, (pool, context) => context.Report(rule, pool, null, "seen"));
    }
}
