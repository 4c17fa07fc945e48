using MetalLb.Validation;
using MetalLb.Validation.Testing;

namespace ConsumerTests;

/// <summary>
/// What a team keeping its MetalLB manifests in git would write: the known findings of samples/configs are pinned, so a
/// new mistake (or a fixed one) shows up as a failing test.
/// </summary>
public class SampleConfigurationTests
{
    private static readonly string Configs = Path.Combine(AppContext.BaseDirectory, "configs");

    private static readonly ValidationReport Report = MetalLbAssert.Validate(Configs);

    [Fact]
    public void OverlappingPool_IsReported()
    {
        Report.ShouldHaveError("MLB0104").On("IPAddressPool/public-extra").AtPath("spec.addresses[0]");
    }

    [Fact]
    public void MisspeltSourceAddress_IsReported()
    {
        Report.ShouldHaveError("MLB0005").On("BGPPeer/tor-a-worker-2").WithMessageContaining("sourceAddress");
    }

    [Fact]
    public void PeerAddressWithPrefix_IsReported()
    {
        Report.ShouldHaveError("MLB0208").On("BGPPeer/tor-b");
    }

    [Fact]
    public void HostBits_AreOnlyAWarning()
    {
        Report.ShouldHaveWarning("MLB0107").On("IPAddressPool/office");
    }

    [Fact]
    public void L2Setup_HasNoErrorsOfItsOwn()
    {
        MetalLbAssert.Valid(Path.Combine(Configs, "l2.yaml"), Path.Combine(Configs, "nodes.yaml"));
    }

    [Fact]
    public void AFailure_IsXunitsOwn()
    {
        // Caught by hand, not with Assert.Throws, so xunit's assertion library may still be unloaded when it fails.
        Exception? failure = null;
        try
        {
            Report.ShouldHaveError("MLB0104").On("IPAddressPool/public");
        }
        catch (Exception e)
        {
            failure = e;
        }

        Assert.IsType<Xunit.Sdk.XunitException>(failure);
    }
}
