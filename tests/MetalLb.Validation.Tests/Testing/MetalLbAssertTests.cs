using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Testing;
using Xunit.Sdk;

namespace MetalLb.Validation.Tests.Testing;

public class MetalLbAssertTests
{
    private static string Samples => Path.Combine(RepositoryRoot.Path, "samples", "configs");

    private static readonly ValidationReport Report = MetalLbAssert.Validate(Samples);

    [Fact]
    public void ShouldHaveError_Chain_PassesOnTheKnownFinding()
    {
        var finding = Report.ShouldHaveError("MLB0104").On("IPAddressPool/public-extra").AtPath("spec.addresses[0]").InFile("pools.yaml").Once();

        Assert.Equal(22, finding.Location.Line);
    }

    [Fact]
    public void On_AcceptsNameAndNamespacedForms()
    {
        Report.ShouldHaveError("MLB0104").On("public-extra");
        Report.ShouldHaveError("MLB0104").On("metallb-system/ipaddresspool/public-extra");
    }

    [Fact]
    public void On_WrongResource_ListsWhatWasFound()
    {
        var ex = Assert.Throws<XunitException>(() => Report.ShouldHaveError("MLB0104").On("IPAddressPool/public"));

        Assert.StartsWith("Expected error MLB0104 on IPAddressPool/public; the report has error MLB0104, but none on IPAddressPool/public:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pools.yaml:22:7: error MLB0104: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[IPAddressPool/public-extra]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtNode_WrongNode_ListsWhatWasFound()
    {
        var report = new ValidationReport(
            [new Validation.Diagnostics.Diagnostic("MLB0400", Validation.Diagnostics.DiagnosticSeverity.Error, "no such address", new Validation.Diagnostics.ResourceRef("metallb.io/v1beta2", "BGPPeer", "metallb-system", "tor"), "spec.sourceAddress", Validation.Diagnostics.SourceSpan.None, "worker-1")],
            1, new Dictionary<string, int>(), ValidationOptions.Default);

        report.ShouldHaveError("MLB0400").On("BGPPeer/tor").AtNode("worker-1");
        var ex = Assert.Throws<XunitException>(() => report.ShouldHaveError("MLB0400").On("BGPPeer/tor").AtNode("worker-2"));

        Assert.Contains("at node worker-2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(node worker-1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveError_AbsentRule_ListsTheReportsFindings()
    {
        var ex = Assert.Throws<XunitException>(() => Report.ShouldHaveError("MLB0102"));

        Assert.StartsWith("Expected error MLB0102, but the report has no MLB0102 finding; its findings are:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MLB0104", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MLB0208", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveError_OnAWarning_SaysTheSeverityDiffers()
    {
        var ex = Assert.Throws<XunitException>(() => Report.ShouldHaveError("MLB0107"));

        Assert.StartsWith("Expected error MLB0107, but MLB0107 is reported with another severity:", ex.Message, StringComparison.Ordinal);
        Report.ShouldHaveWarning("MLB0107").On("office");
        Report.ShouldHaveFinding("MLB0107");
    }

    [Fact]
    public void Valid_FailsOnTheSample_ListingEveryError()
    {
        var ex = Assert.Throws<XunitException>(() => MetalLbAssert.Valid(Samples));

        Assert.StartsWith("Expected no errors, found 3:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MLB0005", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_PassesOnACleanConfiguration_AndAllowsWarnings()
    {
        MetalLbAssert.ValidYaml(Check.Pool("p", "192.168.60.5/28") + Check.L2All).ShouldHaveWarning("MLB0107");
    }

    [Fact]
    public void ShouldHaveNoFindings_And_ShouldNotHave()
    {
        MetalLbAssert.ValidYaml(Check.Pool("p", "10.0.0.0/24") + Check.L2All).ShouldHaveNoFindings().ShouldNotHave("MLB0107");
        var report = MetalLbAssert.ValidYaml(Check.Pool("p", "192.168.60.5/28") + Check.L2All);

        Assert.Throws<XunitException>(() => report.ShouldHaveNoFindings());
        Assert.Contains("Expected no MLB0107 finding", Assert.Throws<XunitException>(() => report.ShouldNotHave("MLB0107")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_FailsWhenSeveralMatch()
    {
        var report = new MetalLbValidator().ValidateText(Check.Pool("p", "bad-1", "bad-2"));

        var ex = Assert.Throws<XunitException>(() => report.ShouldHaveError("MLB0102").On("p").Once());

        Assert.Contains("Expected exactly one error MLB0102 on p, found 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal("spec.addresses[1]", report.ShouldHaveError("MLB0102").WithMessageContaining("bad-2").Once().Path);
    }

    [Fact]
    public void Validate_MissingPath_FailsClearly()
    {
        var ex = Assert.Throws<XunitException>(() => MetalLbAssert.Validate("/no/such/dir"));

        Assert.Contains("'/no/such/dir' not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailure_IsTheHostFrameworksOwn_AndHidesTheHelpers()
    {
        var ex = Assert.Throws<XunitException>(() => Report.ShouldHaveError("MLB0104").On("IPAddressPool/public"));

        Assert.Equal("xunit", HostFramework.Current.Name);
        Assert.DoesNotContain("MetalLb.Validation.Testing", ex.StackTrace, StringComparison.Ordinal);
        Assert.Contains(nameof(AFailure_IsTheHostFrameworksOwn_AndHidesTheHelpers), ex.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNoKnownFramework_AFailureIsMetalLbAssertionException()
    {
        var none = HostFramework.Detect(_ => null);

        Assert.Equal("none", none.Name);
        Assert.Equal("boom", Assert.Throws<MetalLbAssertionException>(() => none.Fail("boom")).Message);
    }

    [Fact]
    public void Validator_And_LoadedSet_Overloads()
    {
        var yaml = Check.Pool("p", "bad-1") + Check.L2All;
        var lenient = new MetalLbValidator(new ValidationOptions { DisabledRules = new HashSet<string> { "MLB0102" } });

        MetalLbAssert.ValidYaml(yaml, lenient);
        MetalLbAssert.Valid(ConfigurationLoader.LoadText(yaml, "p.yaml"), lenient);
        MetalLbAssert.Validate(ConfigurationLoader.LoadText(yaml, "p.yaml")).ShouldHaveError("MLB0102").InFile("p.yaml").AtPath("spec.addresses[0]");
        Assert.Throws<XunitException>(() => MetalLbAssert.Valid(ConfigurationLoader.LoadText(yaml, "p.yaml")));
        MetalLbAssert.Valid(lenient, Path.Combine(Samples, "l2.yaml"), Path.Combine(Samples, "nodes.yaml"));
    }

    [Fact]
    public void RuleIds_AreCaseInsensitive_AndAnUnknownOrDisabledIdFails()
    {
        Report.ShouldHaveError("mlb0104").On("public-extra");

        Assert.Contains("No built-in rule has the id MLB0999", Assert.Throws<XunitException>(() => Report.ShouldNotHave("MLB0999")).Message, StringComparison.Ordinal);
        var lenient = new MetalLbValidator(new ValidationOptions { DisabledRules = new HashSet<string> { "MLB0104" } });
        var report = MetalLbAssert.Validate(lenient, Samples);
        Assert.Contains("Rule MLB0104 is disabled", Assert.Throws<XunitException>(() => report.ShouldNotHave("MLB0104")).Message, StringComparison.Ordinal);
        report.ShouldNotHave("MLB0102");
        Assert.Contains("No built-in rule has the id ACME001", Assert.Throws<XunitException>(() => report.ShouldNotHave("ACME001")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleIds_AreCheckedAgainstTheCatalogOfTheRun()
    {
        var owner = new RuleDescriptor("ACME001", "pool without owner", RuleCategory.Pools, DiagnosticSeverity.Warning);
        var catalog = RuleCatalog.Default.With(Rule.ForEach<IpAddressPool>(owner, (pool, context) =>
        {
            if (pool.Name == "office")
            {
                context.Report(owner, pool, "metadata.labels", "no owner label");
            }
        }));

        var report = MetalLbAssert.Validate(catalog, Samples);
        report.ShouldHaveWarning("acme001").On("IPAddressPool/office");
        report.ShouldNotHave("MLB0102");

        var onlyCustom = new RuleCatalog([catalog.Rules[^1]]);
        var noBuiltIns = MetalLbAssert.Validate(onlyCustom, Samples);
        var unknown = Assert.Throws<XunitException>(() => noBuiltIns.ShouldNotHave("MLB0104"));
        Assert.Contains("No rule of the run's catalog has the id MLB0104", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MetalLb.Validation.Testing", unknown.StackTrace, StringComparison.Ordinal);
        Assert.Throws<XunitException>(() => MetalLbAssert.Valid(catalog, Samples));
    }
}
