using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Tests.Options;

public class ImmutableOptionsTests
{
    private static readonly string TwoProblems = Check.Pool("p", "10.0.0.300/24", "10.0.1.5/24") + Check.L2All;

    [Fact]
    public void DefaultOptions_CastAndMutate_ChangesNothingForOtherValidators()
    {
        var disabled = ValidationOptions.Default.DisabledRules;
        var severities = ValidationOptions.Default.SeverityOverrides;

        Assert.IsNotType<HashSet<string>>(disabled, exactMatch: false);
        Assert.IsNotType<Dictionary<string, DiagnosticSeverity>>(severities, exactMatch: false);
        Assert.Throws<NotSupportedException>(() => ((ISet<string>)disabled).Add("MLB0102"));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, DiagnosticSeverity>)severities).Add("MLB0107", DiagnosticSeverity.Error));
        var report = new MetalLbValidator().ValidateText(TwoProblems);
        Assert.Equal(["MLB0102", "MLB0107"], report.Diagnostics.Select(d => d.RuleId));
        Assert.Equal((1, 1), (report.ErrorCount, report.WarningCount));
    }

    [Fact]
    public void GivenCollections_AreCopied_SoChangingThemLaterChangesNothing()
    {
        var disabled = new HashSet<string> { "MLB0102" };
        var severities = new Dictionary<string, DiagnosticSeverity> { ["MLB0107"] = DiagnosticSeverity.Error };
        var options = new ValidationOptions { DisabledRules = disabled, SeverityOverrides = severities };

        disabled.Clear();
        severities["MLB0107"] = DiagnosticSeverity.Info;
        var report = new MetalLbValidator(options).ValidateText(TwoProblems);

        Assert.Equal(["MLB0107"], report.Diagnostics.Select(d => d.RuleId));
        Assert.Equal(DiagnosticSeverity.Error, report.Diagnostics[0].Severity);
    }

    [Fact]
    public void PreflightOptions_AreImmutableCopies()
    {
        var secrets = new Dictionary<string, string> { ["peer-password"] = "/run/secrets/peer" };
        var options = new PreflightOptions { DisabledRules = new HashSet<string> { "MLB1110" }, MountedSecrets = secrets };

        secrets.Clear();

        Assert.Equal("/run/secrets/peer", options.MountedSecrets["peer-password"]);
        Assert.Throws<NotSupportedException>(() => ((ISet<string>)options.DisabledRules).Add("MLB1111"));
        Assert.Throws<NotSupportedException>(() => ((ISet<string>)PreflightOptions.Default.DisabledRules).Add("MLB1110"));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, DiagnosticSeverity>)PreflightOptions.Default.SeverityOverrides).Add("MLB1110", DiagnosticSeverity.Info));
        Assert.Empty(PreflightOptions.Default.DisabledRules);
    }
}
