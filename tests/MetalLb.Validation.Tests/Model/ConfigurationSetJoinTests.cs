using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Namespaces;

namespace MetalLb.Validation.Tests.Model;

/// <summary>
/// <see cref="ConfigurationSet.Join"/>: sets read apart (as the live cluster reader reads each object on its own) give
/// the set and the findings one read of the same sources gives, with what each read learnt about the input.
/// </summary>
public class ConfigurationSetJoinTests
{
    private const string Controller = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: controller, namespace: lb}
        spec:
          template:
            spec:
              containers:
              - name: controller
                image: quay.io/metallb/controller:v0.14.8

        """;

    private const string Pools = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: a, namespace: lb}
        spec:
          addresses: ["10.0.0.0/24", "bad"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: b, namespace: lb}
        spec:
          addresses: ["10.0.0.128/25"]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: other, namespace: lb}
        """;

    private const string Advertisement = """
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata: {name: all, namespace: lb}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: unrelated, namespace: lb}
        """;

    [Fact]
    public void PartsReadApart_AreTheSetOfOneRead()
    {
        var once = new ConfigurationLoader().AddText(Controller, "controller.yaml").AddText(Pools, "pools.yaml").AddText(Advertisement, "l2.yaml").Build();

        var joined = ConfigurationSet.Join([Read(Controller, "controller.yaml"), Read(Pools, "pools.yaml"), Read(Advertisement, "l2.yaml")]);

        Assert.Equal(once.Objects.Select(o => o.Ref.ToString()), joined.Objects.Select(o => o.Ref.ToString()));
        Assert.Equal(once.LoadDiagnostics.Select(d => d.ToString()), joined.LoadDiagnostics.Select(d => d.ToString()));
        Assert.Equal(once.Sources, joined.Sources);
        Assert.Equal(once.SkippedKinds.OrderBy(p => p.Key, StringComparer.Ordinal), joined.SkippedKinds.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(2, joined.SkippedKinds["Deployment"]);
        Assert.Equal((2, 1), (joined.Pools.Count, joined.L2Advertisements.Count));
        Assert.Equal(Findings(new MetalLbValidator().Validate(once)), Findings(new MetalLbValidator().Validate(joined)));
        Assert.Contains(MetalLbRules.PoolOverlap.Id, Findings(new MetalLbValidator().Validate(joined)).Select(f => f[..7]));
    }

    [Fact]
    public void WhatAReadLearnt_ComesAlong_SoMetalLbsInstallStillNamesItsNamespace()
    {
        var joined = ConfigurationSet.Join([Read(Pools, "pools.yaml"), Read(Controller, "controller.yaml")]);

        var report = new MetalLbValidator().Validate(joined);

        Assert.Equal(("lb", NamespaceSource.Install), (report.Namespace!.Name, report.Namespace.Source));
    }

    [Fact]
    public void NoParts_IsAnEmptySet()
    {
        var joined = ConfigurationSet.Join([]);

        Assert.Empty(joined.Objects);
        Assert.Empty(joined.LoadDiagnostics);
        Assert.Empty(joined.SkippedKinds);
    }

    private static ConfigurationSet Read(string text, string name) => new ConfigurationLoader().AddText(text, name).Build();

    private static List<string> Findings(ValidationReport report) => [.. report.Diagnostics.Select(d => $"{d.RuleId} {d.Location} {d.Path} {d.Message}")];
}
