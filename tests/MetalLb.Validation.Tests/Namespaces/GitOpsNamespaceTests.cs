using MetalLb.Validation.Namespaces;
using MetalLb.Validation.Tests.Rules;

namespace MetalLb.Validation.Tests.Namespaces;

/// <summary>Fleet bundles and Flux Kustomizations put the resources they apply in a namespace; inference follows them.</summary>
public sealed class GitOpsNamespaceTests : IDisposable
{
    private readonly DirectoryInfo _repo = Directory.CreateTempSubdirectory("gitops");

    public void Dispose() => _repo.Delete(recursive: true);

    private static string Pool(string ns) => Yaml.Object("IPAddressPool", "lan", "addresses: [192.168.1.240/28]", ns: ns);

    private static string L2(string ns) => Yaml.Object("L2Advertisement", "lan", "ipAddressPools: [lan]", ns: ns);

    private static string FluxKustomization(string path, string target) => $"""
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: metallb-config
          namespace: flux-system
        spec:
          interval: 30m
          targetNamespace: {target}
          path: {path}
          prune: true
          sourceRef:
            kind: GitRepository
            name: flux-system
        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_repo.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private ValidationReport Validate(string? root = null) => new MetalLbValidator().ValidatePaths(root ?? _repo.FullName);

    [Fact]
    public void FleetDefaultNamespace_AppliesToItsBundle_NoMLB1201()
    {
        Write("metallb/fleet.yaml", "defaultNamespace: metallb\n");
        Write("metallb/config/pool.yaml", Pool(string.Empty) + L2(string.Empty));

        var report = Validate();

        Assert.Equal(("metallb", NamespaceSource.Kustomization), (report.Namespace!.Name, report.Namespace.Source));
        Assert.Contains("fleet.yaml", report.Namespace.Reason, StringComparison.Ordinal);
        Assert.Empty(report.For("MLB1201"));
        Assert.Empty(report.For("MLB1200"));
    }

    [Fact]
    public void WithoutFleetYaml_NoNamespace_MLB1201() =>
        Assert.Equal(2, Check.Yaml(Pool(string.Empty) + L2(string.Empty)).For("MLB1201").Count());

    [Fact]
    public void FleetDefaultNamespace_KeepsANamespaceTheObjectNames()
    {
        Write("metallb/fleet.yaml", "defaultNamespace: metallb\n");
        Write("metallb/pool.yaml", Pool("metallb") + Yaml.Object("L2Advertisement", "other", "ipAddressPools: [lan]", ns: "default") + L2(string.Empty));

        var report = Validate();

        Assert.Equal("metallb", report.Namespace!.Name);
        Assert.Equal("default", Assert.Single(report.For("MLB1200")).Resource!.Namespace);
    }

    [Fact]
    public void FleetNamespace_ForcesEveryResource()
    {
        Write("metallb/fleet.yaml", "namespace: metallb\n");
        Write("metallb/pool.yaml", Pool("metallb-system") + L2(string.Empty));

        var report = Validate();

        Assert.Equal("metallb", report.Namespace!.Name);
        Assert.Empty(report.For("MLB1200"));
        Assert.Empty(report.For("MLB1201"));
    }

    [Fact]
    public void NestedFleetYaml_IsItsOwnBundle()
    {
        Write("fleet.yaml", "defaultNamespace: default\n");
        Write("metallb/fleet.yaml", "defaultNamespace: metallb\n");
        Write("metallb/pool.yaml", Pool(string.Empty) + L2(string.Empty));

        Assert.Equal("metallb", Validate().Namespace!.Name);
    }

    [Fact]
    public void FluxTargetNamespace_PathFromTheInputRoot_WinsOverTheKustomization()
    {
        Write("clusters/home/metallb.yaml", GitOps.HelmRelease("networking") + FluxKustomization("./apps/metallb/config", "networking"));
        Write("apps/metallb/config/kustomization.yaml", "namespace: metallb-system\nresources:\n  - pool.yaml\n");
        Write("apps/metallb/config/pool.yaml", Pool("metallb-system") + L2("metallb-system"));

        var report = Validate();

        Assert.Equal("networking", report.Namespace!.Name);
        Assert.Empty(report.For("MLB1200"));
    }

    [Fact]
    public void FluxPathNotInTheInput_NothingApplied_MLB1200Stays()
    {
        Write("clusters/home/metallb.yaml", GitOps.HelmRelease("networking") + FluxKustomization("./somewhere/else", "networking"));
        Write("apps/metallb/config/pool.yaml", Pool("metallb-system") + L2("metallb-system"));

        Assert.Equal(2, Validate().For("MLB1200").Count());
    }

    [Fact]
    public void FluxTargetNamespace_PathFromTheRepositoryRoot_WhenASubdirectoryIsValidated()
    {
        Directory.CreateDirectory(Path.Combine(_repo.FullName, ".git"));
        Write("kubernetes/flux/metallb.yaml", FluxKustomization("./kubernetes/apps/metallb/config", "networking"));
        Write("kubernetes/apps/metallb/config/pool.yaml", Pool(string.Empty) + L2(string.Empty));

        var report = Validate(Path.Combine(_repo.FullName, "kubernetes"));

        Assert.Equal("networking", report.Namespace!.Name);
        Assert.Contains("targetNamespace of the Flux Kustomization \"metallb-config\"", report.Namespace.Reason, StringComparison.Ordinal);
        Assert.Empty(report.For("MLB1201"));
    }
}
