using System.Reflection;
using System.Runtime.CompilerServices;

namespace MetalLb.Validation.Tests.Packaging;

/// <summary>
/// The packages built on the core (MetalLb.Validation.Kubernetes, MetalLb.Validation.Testing) ship and update apart
/// from it, so they use its public API only: an internal they reached could change under a user who takes a newer core
/// with an older package.
/// </summary>
public class SeparatePackagesTests
{
    [Fact]
    public void TheCore_OpensItsInternalsToNoOtherPackage()
    {
        var friends = typeof(MetalLbValidator).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.NotEmpty(friends);
        Assert.DoesNotContain("MetalLb.Validation.Kubernetes", friends);
        Assert.DoesNotContain("MetalLb.Validation.Testing", friends);
    }
}
