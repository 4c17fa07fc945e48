using MetalLb.Validation;
using MetalLb.Validation.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]

namespace MSTestConsumerTests;

/// <summary>The assertions under MSTest: failures are MSTest's own AssertFailedException, so MSTest reports a failed test.</summary>
[TestClass]
public class SampleConfigurationTests
{
    private static readonly string Configs = Path.Combine(AppContext.BaseDirectory, "configs");

    private static readonly ValidationReport Report = MetalLbAssert.Validate(Configs);

    [TestMethod]
    public void OverlappingPool_IsReported()
    {
        Report.ShouldHaveError("MLB0104").On("IPAddressPool/public-extra").AtPath("spec.addresses[0]");
    }

    [TestMethod]
    public void AFailure_IsMSTestsAssertFailedException()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => Report.ShouldHaveNoErrors());

        StringAssert.StartsWith(failure.Message, "Expected no errors, found 3:");
        Assert.IsFalse(failure.StackTrace!.Contains("MetalLb.Validation.Testing", StringComparison.Ordinal));
    }
}
