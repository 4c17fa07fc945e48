using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Rules.Pools;

/// <summary>The IPAddressPool validator used on its own, on pools built in code.</summary>
public class IpAddressPoolValidatorTests
{
    private static IpAddressPool Pool(params string[] addresses) => new()
    {
        ApiVersion = "metallb.io/v1beta1",
        Kind = IpAddressPool.KindName,
        Addresses = [.. addresses.Select(a => PoolAddress.Parse(a, SourceSpan.None))],
    };

    [Fact]
    public void ValidPool_Passes() => Assert.True(MetalLbValidators.IpAddressPool.Validate(Pool("10.0.0.0/24", "10.0.1.10-10.0.1.20")).IsValid);

    [Fact]
    public void NoAddresses_FailsWithTheRuleIdAtTheField()
    {
        var failure = Assert.Single(MetalLbValidators.IpAddressPool.Validate(Pool()).Errors);
        Assert.Equal(MetalLbRules.PoolHasNoAddresses.Id, failure.ErrorCode);
        Assert.Equal("spec.addresses", failure.PropertyName);
    }

    [Theory]
    [InlineData("10.0.0.1", "MLB0102")]
    [InlineData("10.0.0.20-10.0.0.10", "MLB0103")]
    [InlineData("10.0.0.1-fd00::1", "MLB0106")]
    [InlineData("10.0.0.5/24", "MLB0107")]
    public void BadEntry_FailsAtItsIndex(string entry, string id)
    {
        var failure = Assert.Single(MetalLbValidators.IpAddressPool.Validate(Pool("10.1.0.0/24", entry)).Errors);
        Assert.Equal(id, failure.ErrorCode);
        Assert.Equal("spec.addresses[1]", failure.PropertyName);
    }

    [Fact]
    public void HostBits_IsAWarning() =>
        Assert.Equal(FluentValidation.Severity.Warning, Assert.Single(MetalLbValidators.IpAddressPool.Validate(Pool("10.0.0.5/24")).Errors).Severity);

    [Fact]
    public void ServiceAllocation_NamesAndPriority()
    {
        var pool = Pool("10.0.0.0/24") with { ServiceAllocation = new ServiceAllocation { Priority = -1, Namespaces = ["web", "Bad_Name", "web"] } };

        var failures = MetalLbValidators.IpAddressPool.Validate(pool).Errors.Select(f => (f.ErrorCode, f.PropertyName)).Order().ToList();

        Assert.Equal(
            [("MLB0108", "spec.serviceAllocation.namespaces[2]"), ("MLB0109", "spec.serviceAllocation.priority"), ("MLB0110", "spec.serviceAllocation.namespaces[1]")],
            failures);
    }

    [Fact]
    public void DuplicateNamespace_BeforeTheReleaseThatRejectsIt_Passes()
    {
        var pool = Pool("10.0.0.0/24") with { ServiceAllocation = new ServiceAllocation { Namespaces = ["web", "web"] } };

        Assert.Single(MetalLbValidators.IpAddressPool.Validate(pool).Errors, f => f.ErrorCode == MetalLbRules.PoolNamespaceListedTwice.Id);
        Assert.True(MetalLbValidators.IpAddressPool.Validate(pool, new ValidationOptions { MetalLbVersion = new Version(0, 13, 9) }).IsValid);
    }

    [Fact]
    public void NoServiceAllocation_Passes() => Assert.Empty(MetalLbValidators.IpAddressPool.Validate(Pool("fd00::/120")).Errors);
}
