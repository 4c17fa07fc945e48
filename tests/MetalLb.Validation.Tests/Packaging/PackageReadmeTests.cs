using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MetalLb.Validation.Tests.Packaging;

/// <summary>The READMEs packed into the NuGet packages: what they link to and what their examples do.</summary>
public sealed partial class PackageReadmeTests
{
    public static TheoryData<string> Packages => new() { "MetalLb.Validation", "MetalLb.Validation.Testing" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void PackageReadme_IsTheProjectsOwn_AndLinksOnlyAbsolutely(string project)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "src", project);
        var csproj = XDocument.Load(Path.Combine(directory, $"{project}.csproj"));
        var readme = csproj.Descendants("PackageReadmeFile").Single().Value;
        var packed = csproj.Descendants("None").Single(n => (string?)n.Attribute("PackagePath") == "/" && (string?)n.Attribute("Pack") == "true");
        Assert.Equal(readme, Path.GetFileName((string)packed.Attribute("Include")!));
        var file = Path.GetFullPath(Path.Combine(directory, (string)packed.Attribute("Include")!));
        Assert.Equal(directory, Path.GetDirectoryName(file));

        var text = File.ReadAllText(file);
        var targets = Links().Matches(text).Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Matches("^https://", target));
    }

    [Fact]
    public async Task LibraryReadme_Examples_DoWhatTheySay()
    {
        // Validate a folder.
        var validator = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr });
        var report = await validator.ValidatePathsAsync([Path.Combine(RepositoryRoot.Path, "samples", "configs")], CancellationToken.None);
        Assert.False(report.IsValid);

        // Objects built in code.
        var profile = new BfdProfile { Metadata = new("fast", "metallb-system"), ReceiveInterval = 5 };
        var result = MetalLbValidators.BfdProfile.Validate(profile);
        Assert.Equal(("MLB0500", "spec.receiveInterval"), (result.Errors[0].ErrorCode, result.Errors[0].PropertyName));
        var peer = new BgpPeer { Metadata = new("tor"), MyAsn = 64512u, PeerAsn = 64513u, PeerAddress = "10.0.0.1", HoldTime = "2s" };
        var checkedFor = MetalLbValidators.BgpPeer.Validate(peer, new ValidationOptions { MetalLbVersion = new(0, 14, 9) });
        Assert.Equal(("MLB0209", "spec.holdTime"), (checkedFor.Errors.Single().ErrorCode, checkedFor.Errors.Single().PropertyName));
        Assert.Empty(new MetalLbValidator().Validate(new ConfigurationSet([profile, peer])).For("MLB0006"));

        // A check of your own.
        var poolNeedsOwner = new RuleDescriptor("ACME001", "IPAddressPool has no owner label", RuleCategory.Pools, DiagnosticSeverity.Warning);
        var rule = Rule.ForEach<IpAddressPool>(poolNeedsOwner, (pool, context) =>
        {
            if (!pool.Metadata.Labels.ContainsKey("acme.example/owner"))
            {
                context.Report(poolNeedsOwner, pool, "metadata.labels", "label the pool with its owning team (acme.example/owner)");
            }
        });
        var custom = new MetalLbValidator(catalog: RuleCatalog.Default.With(rule)).ValidateText(Check.Pool("p", "10.0.0.0/24"));
        Assert.Single(custom.For("ACME001"));

        // ASP.NET Core and the generic host.
        using var provider = new ServiceCollection()
            .AddSingleton<IClusterSnapshot>(new EmptySnapshot())
            .AddMetalLbValidation(validation => validation.Options = validation.Options with { Mode = BackendMode.FrrK8s, MetalLbNamespace = "metallb-system" })
            .BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<AdmissionHandler>());
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Links();

    private sealed class EmptySnapshot : IClusterSnapshot
    {
        public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<KubernetesObject>>([]);
    }
}
