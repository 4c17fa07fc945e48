namespace MetalLb.Validation.Tests.Rules.Admission;

public class NamespaceRulesTests
{
    [Fact]
    public void OtherNamespace_MLB1200_Fires() =>
        Assert.Contains("\"default\"", Check.Single(Yaml.Object("L2Advertisement", "l2", "{}", ns: "default"), "MLB1200", new ValidationOptions { MetalLbNamespace = "metallb-system" }).Message, StringComparison.Ordinal);

    [Fact]
    public void MetalLbNamespace_MLB1200_Silent() => Check.None(Yaml.L2Ad("l2"), "MLB1200");

    [Fact]
    public void ConfiguredNamespace_MLB1200_FollowsOptions() =>
        Check.None(Yaml.Object("L2Advertisement", "l2", "{}", ns: "lb"), "MLB1200", new ValidationOptions { MetalLbNamespace = "lb" });

    [Fact]
    public void NoNamespace_MLB1201_Info() =>
        Assert.Equal(Diagnostics.DiagnosticSeverity.Info, Check.Single(Yaml.Object("L2Advertisement", "l2", "{}", ns: ""), "MLB1201").Severity);

    [Fact]
    public void NonMetalLbObjectWithoutNamespace_MLB1201_Silent() => Check.None(Yaml.Node("n1"), "MLB1201");
}
