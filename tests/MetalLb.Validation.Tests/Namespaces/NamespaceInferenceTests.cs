using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Namespaces;
using MetalLb.Validation.Tests.Rules;

namespace MetalLb.Validation.Tests.Namespaces;

public class NamespaceInferenceTests
{
    private const string Controller = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: controller
          namespace: kube-system
        spec:
          template:
            spec:
              containers:
              - name: controller
                image: quay.io/metallb/controller:v0.14.8
        ---

        """;

    private static readonly string HelmRelease = GitOps.HelmRelease("networking", "0.14.8");

    private static string Pool(string ns) => Yaml.Object("IPAddressPool", "lan", "addresses: [192.168.1.240/28]", ns: ns);

    private static string L2(string ns) => Yaml.Object("L2Advertisement", "lan", "ipAddressPools: [lan]", ns: ns);

    [Fact]
    public void ObjectsThatAgree_AreTheNamespace_NoMLB1200()
    {
        var report = Check.Yaml(Pool("networking") + L2("networking"));

        Assert.Empty(report.For("MLB1200"));
        Assert.Equal(("networking", NamespaceSource.Objects), (report.Namespace!.Name, report.Namespace.Source));
    }

    [Fact]
    public void NothingSaid_DefaultsToMetalLbSystem() =>
        Assert.Equal(("metallb-system", NamespaceSource.Default), (Check.Yaml(Pool(string.Empty)).Namespace!.Name, Check.Yaml(Pool(string.Empty)).Namespace!.Source));

    [Fact]
    public void HelmReleaseNamespace_MLB1200_FiresOnObjectsElsewhere()
    {
        var finding = Check.Single(HelmRelease + Pool("metallb-system"), "MLB1200");

        Assert.Contains("runs in \"networking\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("HelmRelease \"metallb\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmReleaseNamespace_ObjectsThere_Silent() => Check.None(HelmRelease + Pool("networking") + L2("networking"), "MLB1200");

    [Fact]
    public void HelmReleaseTargetNamespace_WinsOverItsOwn()
    {
        var release = HelmRelease.Replace("  interval: 30m", "  targetNamespace: metallb\n  interval: 30m", StringComparison.Ordinal);

        Assert.Equal("metallb", Check.Yaml(release + Pool("metallb")).Namespace!.Name);
    }

    [Fact]
    public void ControllerDeployment_GivesTheNamespace()
    {
        var report = Check.Yaml(Controller + Pool("kube-system"));

        Assert.Equal(("kube-system", NamespaceSource.Install), (report.Namespace!.Name, report.Namespace.Source));
        Assert.Empty(report.For("MLB1200"));
    }

    [Fact]
    public void SplitObjects_MLB1200_FiresOnTheMinority_NamingTheSplit()
    {
        var finding = Check.Single(Pool("networking") + L2("networking") + Yaml.Object("BGPAdvertisement", "b", "{}", ns: "metallb-system"), "MLB1200");

        Assert.Equal("BGPAdvertisement", finding.Resource!.Kind);
        Assert.Contains("split across namespaces (networking: 2, metallb-system: 1)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNamespace_MLB1200_Fires_AndMovingTheObjectsThereClearsIt()
    {
        var options = new ValidationOptions { MetalLbNamespace = "lb", MetalLbNamespaceOrigin = "given with --metallb-namespace" };
        var firing = Check.Yaml(Pool("networking") + L2("networking"), options);
        Assert.Equal(2, firing.For("MLB1200").Count());
        Assert.Contains("put it in namespace lb", firing.For("MLB1200").First().Message, StringComparison.OrdinalIgnoreCase);

        var fixedReport = Check.Yaml(Pool("lb") + L2("lb"), options);

        Assert.Empty(fixedReport.For("MLB1200"));
        Assert.Equal(0, fixedReport.ErrorCount);
    }

    [Fact]
    public void MissingNamespace_MLB1201_NamesTheInferredNamespace()
    {
        var finding = Check.Single(HelmRelease + Pool(string.Empty), "MLB1201");

        Assert.Contains("assumed \"networking\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void BfdProfileOnlyInAnotherNamespace_MLB0222_NamesWhereItIs()
    {
        var options = new ValidationOptions { MetalLbNamespace = "networking" };
        var peer = Yaml.Object("BGPPeer", "tor", "myASN: 64512\npeerASN: 64512\npeerAddress: 192.168.1.1\nbfdProfile: fast", "metallb.io/v1beta2", ns: "networking");

        var finding = Check.Single(peer + Yaml.Object("BFDProfile", "fast", "{}", ns: "metallb-system"), "MLB0222", options);

        Assert.Contains("only in namespace \"metallb-system\"", finding.Message, StringComparison.Ordinal);
        Check.None(peer + Yaml.Object("BFDProfile", "fast", "{}", ns: "networking"), "MLB0222", options);
    }

    [Fact]
    public void PoolOnlyInAnotherNamespace_MLB0403_NamesWhereItIs()
    {
        var options = new ValidationOptions { MetalLbNamespace = "networking" };

        var finding = Check.Single(Pool("metallb-system") + L2("networking"), "MLB0403", options);

        Assert.Contains("only in namespace \"metallb-system\"", finding.Message, StringComparison.Ordinal);
        Check.None(Pool("networking") + L2("networking"), "MLB0403", options);
    }

    [Fact]
    public void KustomizationNamespace_AppliesToTheFilesItLists()
    {
        var directory = Directory.CreateTempSubdirectory("kustomize");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "kustomization.yaml"), "namespace: network\nresources:\n  - pool.yaml\n");
            File.WriteAllText(Path.Combine(directory.FullName, "pool.yaml"), Pool(string.Empty) + L2(string.Empty));
            File.WriteAllText(Path.Combine(directory.FullName, "unlisted.yaml"), Yaml.Object("BGPAdvertisement", "b", "{}", ns: string.Empty));

            var report = new MetalLbValidator().ValidatePaths(directory.FullName);

            Assert.Equal(("network", NamespaceSource.Kustomization), (report.Namespace!.Name, report.Namespace.Source));
            Assert.Equal("BGPAdvertisement", Assert.Single(report.For("MLB1201")).Resource!.Kind);
            Assert.Empty(report.For("MLB1200"));
            Assert.Single(report.For("MLB0014"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
