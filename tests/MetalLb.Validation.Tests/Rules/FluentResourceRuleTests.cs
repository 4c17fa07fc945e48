using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Rules;

public class FluentResourceRuleTests
{
    private sealed class PassiveWarning : AbstractValidator<BfdProfile>
    {
        public PassiveWarning() =>
            RuleFor(p => p.PassiveMode).NotEqual(true).OverridePropertyName("spec.passiveMode")
                .WithMessage("passive").WithSeverity(FluentValidation.Severity.Warning);
    }

    private sealed class Probe : FluentResourceRule<BfdProfile>
    {
        public override RuleDescriptor Descriptor { get; } = new("MLB9999", "probe", RuleCategory.Bfd, Diagnostics.DiagnosticSeverity.Error);

        protected override IValidator<BfdProfile> Validator { get; } = new PassiveWarning();
    }

    private const string Yaml = """
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata:
          name: p
          namespace: metallb-system
        spec:
          passiveMode: true
        """;

    [Fact]
    public void Failure_BecomesAFindingAtItsPathWithItsMessageAndSeverity()
    {
        var set = MetalLb.Validation.Loading.ConfigurationLoader.LoadText(Yaml);
        var report = new MetalLbValidator(catalog: new RuleCatalog([new Probe()])).Validate(set);

        var finding = Assert.Single(report.For("MLB9999"));
        Assert.Equal("spec.passiveMode", finding.Path);
        Assert.Equal("passive", finding.Message);
        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(7, finding.Location.Line);
    }

    [Fact]
    public void NoFailure_NoFinding()
    {
        var set = MetalLb.Validation.Loading.ConfigurationLoader.LoadText(Yaml.Replace("true", "false", StringComparison.Ordinal));
        Assert.Empty(new MetalLbValidator(catalog: new RuleCatalog([new Probe()])).Validate(set).For("MLB9999"));
    }
}
