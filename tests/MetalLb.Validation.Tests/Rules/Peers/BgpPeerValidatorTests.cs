using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Rules.Peers;

/// <summary>MetalLbValidators.BgpPeer used on its own, on a BGPPeer built in code.</summary>
public class BgpPeerValidatorTests
{
    private static readonly IValidator<BgpPeer> Validator = MetalLbValidators.BgpPeer;

    private static BgpPeer Peer() => new()
    {
        ApiVersion = "metallb.io/v1beta2",
        Kind = BgpPeer.KindName,
        Metadata = ObjectMeta.Empty with { Name = "router", Namespace = "metallb-system" },
        MyAsn = new Asn(64500, SourceSpan.None),
        PeerAsn = new Asn(64501, SourceSpan.None),
        PeerAddress = IpValue.Parse("192.0.2.1", SourceSpan.None),
        HoldTime = DurationValue.Parse("90s", SourceSpan.None),
    };

    [Fact]
    public void ValidPeer_Passes() => Assert.True(Validator.Validate(Peer()).IsValid);

    [Fact]
    public void PortOutOfRange_FailsWithTheRuleIdAtTheManifestPath()
    {
        var failure = Assert.Single(Validator.Validate(Peer() with { PeerPort = 20000 }).Errors);
        Assert.Equal(MetalLbRules.PeerPortOutOfRange.Id, failure.ErrorCode);
        Assert.Equal("spec.peerPort", failure.PropertyName);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains("1..16384", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralBadFields_AreEachReported()
    {
        var peer = Peer() with { MyAsn = null, RouterId = IpValue.Parse("router-1", SourceSpan.None), KeepaliveTime = DurationValue.Parse("2 minutes", SourceSpan.None) };
        var codes = Validator.Validate(peer).Errors.Select(f => (f.ErrorCode, f.PropertyName)).ToList();
        Assert.Equal([("MLB0201", "spec.myASN"), ("MLB0216", "spec.routerID"), ("MLB0211", "spec.keepaliveTime")], codes);
    }

    [Fact]
    public void ModeSpecificRule_FollowsTheOptionsPassed()
    {
        // MLB0228 applies in the FRR modes only; localASN equal to peerASN is a warning, equal to myASN an error.
        var peer = Peer() with { LocalAsn = new Asn(64501, SourceSpan.None) };
        var frr = Assert.Single(Validator.Validate(peer, new ValidationOptions { Mode = BackendMode.Frr }).Errors);
        Assert.Equal((MetalLbRules.PeerLocalAsnCollision.Id, Severity.Warning), (frr.ErrorCode, frr.Severity));
        Assert.DoesNotContain(Validator.Validate(peer, new ValidationOptions { Mode = BackendMode.Native }).Errors, f => f.ErrorCode == MetalLbRules.PeerLocalAsnCollision.Id);
    }

    [Fact]
    public void MessageThatDependsOnTheMode_FollowsTheOptionsPassed()
    {
        var peer = Peer() with { PeerAsn = null, DynamicAsn = "Internal" };
        var native = Validator.Validate(peer, new ValidationOptions { Mode = BackendMode.Native }).Errors.Single(f => f.ErrorCode == "MLB0204");
        var frrK8s = Validator.Validate(peer).Errors.Single(f => f.ErrorCode == "MLB0204");
        Assert.Contains("native mode rejects dynamicASN", native.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("in lower case", frrK8s.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseSpecificRule_FollowsTheOptionsPassed()
    {
        // disableMP took effect up to 0.14.9 and is deprecated from 0.15.0 on.
        var peer = Peer() with { DisableMp = true };
        Assert.Contains(Validator.Validate(peer).Errors, f => f.ErrorCode == MetalLbRules.PeerDisableMpDeprecated.Id && f.Severity == Severity.Warning);
        Assert.DoesNotContain(Validator.Validate(peer, new ValidationOptions { MetalLbVersion = new Version(0, 14, 8) }).Errors, f => f.ErrorCode == MetalLbRules.PeerDisableMpDeprecated.Id);
    }

    [Fact]
    public void FieldsAModeRejects_AreFailuresOnlyForThatMode()
    {
        var peer = Peer() with { KeepaliveTime = "30s", SourceAddress = "10.0.0.11" };

        var native = Validator.Validate(peer, new ValidationOptions { Mode = BackendMode.Native }).Errors;
        var frrK8s = Validator.Validate(peer, new ValidationOptions { Mode = BackendMode.FrrK8s }).Errors;

        Assert.Contains(native, f => (f.ErrorCode, f.PropertyName) == (MetalLbRules.NativeUnsupportedKeepaliveTime.Id, "spec.keepaliveTime"));
        Assert.DoesNotContain(native, f => f.ErrorCode == MetalLbRules.FrrK8sSourceAddressIgnored.Id);
        Assert.Contains(frrK8s, f => (f.ErrorCode, f.PropertyName, f.Severity) == (MetalLbRules.FrrK8sSourceAddressIgnored.Id, "spec.sourceAddress", Severity.Warning));
        Assert.DoesNotContain(frrK8s, f => f.ErrorCode == MetalLbRules.NativeUnsupportedKeepaliveTime.Id);
    }
}
