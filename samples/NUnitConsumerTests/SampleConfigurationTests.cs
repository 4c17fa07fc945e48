using MetalLb.Validation;
using MetalLb.Validation.Testing;
using NUnit.Framework;

namespace NUnitConsumerTests;

/// <summary>The assertions under NUnit: failures are NUnit's own, so NUnit reports a failed test and Assert.Multiple collects them.</summary>
public class SampleConfigurationTests
{
    private static readonly string Configs = Path.Combine(AppContext.BaseDirectory, "configs");

    private static readonly ValidationReport Report = MetalLbAssert.Validate(Configs);

    [Test]
    public void KnownFindings_AreReported()
    {
        Assert.Multiple(() =>
        {
            Report.ShouldHaveError("MLB0104").On("IPAddressPool/public-extra").AtPath("spec.addresses[0]");
            Report.ShouldHaveWarning("MLB0107").On("IPAddressPool/office");
        });
    }

    [Test]
    public void AFailure_IsNUnitsAssertionException()
    {
        var failure = Assert.Throws<AssertionException>(() => Report.ShouldHaveError("MLB0104").On("IPAddressPool/public"));

        Assert.That(failure!.Message, Does.StartWith("Expected error MLB0104 on IPAddressPool/public;"));
        Assert.That(failure.StackTrace, Does.Not.Contain("MetalLb.Validation.Testing"));
    }

    [Test]
    public void AssertMultiple_CollectsEveryFailure_AndGoesOn()
    {
        var reached = false;
        var failures = Assert.Throws<MultipleAssertException>(() => Assert.Multiple(() =>
        {
            Report.ShouldHaveError("MLB0102").On("anything").AtNode("worker-1");
            Report.ShouldHaveNoErrors();
            reached = true;
        }));

        var messages = failures!.TestResult.AssertionResults.Select(a => a.Message).ToList();
        Assert.That(reached, Is.True);
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.StartWith("Expected error MLB0102, but the report has no MLB0102 finding"));
        Assert.That(messages[1], Does.StartWith("Expected no errors, found 3:"));
    }
}
