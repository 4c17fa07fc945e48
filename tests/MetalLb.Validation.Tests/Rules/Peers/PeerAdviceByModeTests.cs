using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Rules.Peers;

/// <summary>
/// Field advice that depends on the mode and release: a field the message offers must exist in that release and work
/// in that mode (native mode rejects dynamicASN, interface, keepaliveTime, connectTime; only FRR mode from 0.16.0
/// applies localASN).
/// </summary>
public class PeerAdviceByModeTests
{
    private const string Base = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";
    private const string V1 = "metallb.io/v1beta1";

    private static ValidationOptions Options(BackendMode mode, string release = "0.16.1") =>
        new() { Mode = mode, MetalLbVersion = Version.Parse(release) };

    private static string Message(string spec, string ruleId, ValidationOptions options, string apiVersion = "metallb.io/v1beta2") =>
        Check.Single(Check.Peer("p", spec, apiVersion), ruleId, options).Message;

    [Theory]
    [InlineData(BackendMode.Native, "0.16.1", false)]
    [InlineData(BackendMode.FrrK8s, "0.14.8", false)]
    [InlineData(BackendMode.FrrK8s, "0.14.9", true)]
    [InlineData(BackendMode.Frr, "0.16.1", true)]
    public void MLB0202_OffersDynamicAsn_OnlyWhereItExistsAndWorks(BackendMode mode, string release, bool offered) =>
        Assert.Equal(offered, Message("myASN: 64512\npeerAddress: 10.0.0.1", "MLB0202", Options(mode, release)).Contains("dynamicASN", StringComparison.Ordinal));

    [Theory]
    [InlineData(BackendMode.Native, "0.16.1", false)]
    [InlineData(BackendMode.Frr, "0.14.9", false)]
    [InlineData(BackendMode.Frr, "0.15.0", true)]
    [InlineData(BackendMode.FrrK8s, "0.16.1", true)]
    public void MLB0206_OffersInterface_OnlyWhereItExistsAndWorks(BackendMode mode, string release, bool offered) =>
        Assert.Equal(offered, Message("myASN: 64512\npeerASN: 64600", "MLB0206", Options(mode, release)).Contains("spec.interface", StringComparison.Ordinal));

    [Fact]
    public void MLB0204_Native_AdvisesPeerAsnOnly()
    {
        var message = Message("myASN: 64512\ndynamicASN: Internal\npeerAddress: 10.0.0.1", "MLB0204", Options(BackendMode.Native));
        Assert.Contains("replace it with spec.peerASN", message, StringComparison.Ordinal);
        Assert.DoesNotContain("write \"internal\"", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackendMode.Frr, "0.16.0", true)]
    [InlineData(BackendMode.FrrK8s, "0.16.1", false)]
    [InlineData(BackendMode.Native, "0.16.1", false)]
    public void MLB0215_OffersAnotherLocalAsn_OnlyInFrrMode(BackendMode mode, string release, bool offered) =>
        Assert.Equal(offered, Message($"{Base}\nlocalASN: 0", "MLB0215", Options(mode, release)).Contains("give the ASN to present", StringComparison.Ordinal));

    [Fact]
    public void MLB0209_Native_AdvisesHoldTimeInsteadOfKeepalive() =>
        Assert.Contains("remove keepaliveTime and set holdTime", Message($"{Base}\nkeepaliveTime: 500ms", "MLB0209", Options(BackendMode.Native)), StringComparison.Ordinal);

    [Theory]
    [InlineData("MLB0212", "connectTime: 0s")]
    [InlineData("MLB0213", "connectTime: 1500ms")]
    public void ConnectTime_Native_AdvisesRemovingIt(string ruleId, string field) =>
        Assert.Contains("remove it", Message($"{Base}\n{field}", ruleId, Options(BackendMode.Native)), StringComparison.Ordinal);

    [Fact]
    public void MLB0213_SuggestedValue_StaysInRange() =>
        Assert.Contains("e.g. 65535s", Message($"{Base}\nconnectTime: 65535500ms", "MLB0213", Options(BackendMode.Frr)), StringComparison.Ordinal);

    [Theory]
    [InlineData("0.14.4")]
    [InlineData("0.14.9")]
    public void MLB0225_BeforeDeprecation_Silent(string release) =>
        Check.None(Check.Peer("p", $"{Base}\ndisableMP: true"), "MLB0225", Options(BackendMode.Frr, release));

    [Fact]
    public void MLB0225_FromDeprecation_Warns() =>
        Check.Single(Check.Peer("p", $"{Base}\ndisableMP: true"), "MLB0225", Options(BackendMode.Frr, "0.15.0"));

    [Fact]
    public void MLB0229_Native_HoldTimeWithoutKeepalive_Silent() =>
        Check.None(Check.Peer("p", $"{Base}\nholdTime: 90s", V1), "MLB0229", Options(BackendMode.Native));

    [Fact]
    public void MLB0229_Frr_HoldTimeWithoutKeepalive_Warns() =>
        Check.Single(Check.Peer("p", $"{Base}\nholdTime: 90s", V1), "MLB0229", Options(BackendMode.Frr));

    [Fact]
    public void MLB0229_Native_NoTimers_AdvisesNoKeepalive()
    {
        var message = Message(Base, "MLB0229", Options(BackendMode.Native), V1);
        Assert.Contains("Set holdTime: 90s", message, StringComparison.Ordinal);
        Assert.DoesNotContain("keepaliveTime: 30s", message, StringComparison.Ordinal);
    }
}
