namespace MetalLb.Validation.Tests.Rules.Pools;

public class PoolAddressRulesTests
{
    [Fact]
    public void MLB0101_EmptyAddresses_Fires() =>
        Assert.Equal("spec.addresses", Check.Single("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: p}\nspec: {addresses: []}\n", "MLB0101").Path);

    [Fact]
    public void MLB0101_MissingSpec_Fires() =>
        Check.Single("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: p}\n", "MLB0101");

    [Fact]
    public void MLB0101_WithAddresses_Silent() => Check.None(Check.Pool("p", "10.0.0.0/24"), "MLB0101");

    [Fact]
    public void MLB0102_InvalidCidr_FiresAtTheEntry()
    {
        var finding = Check.Single(Check.Pool("p", "10.0.0.0/24", "10.0.0.300/24"), "MLB0102");

        Assert.Equal("spec.addresses[1]", finding.Path);
        Assert.Equal(9, finding.Location.Line);
        Assert.Contains("10.0.0.300/24", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0102_LeadingSpace_SaysMetalLbDoesNotTrim() =>
        Assert.Contains("spaces", Check.Single(Check.Pool("p", " 10.0.0.0/8"), "MLB0102").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0102_BareAddress_SuggestsAHostPrefix() =>
        Assert.Contains("10.0.0.1/32", Check.Single(Check.Pool("p", "10.0.0.1"), "MLB0102").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0102_BadRangeEnd_Fires() => Check.Single(Check.Pool("p", "10.0.0.1-10.0.0"), "MLB0102");

    [Fact]
    public void MLB0102_ValidEntries_Silent() => Check.None(Check.Pool("p", "10.0.0.0/24", "10.0.1.1 - 10.0.1.9", "2001:db8::/64"), "MLB0102");

    [Fact]
    public void MLB0103_ReversedRange_FiresWithTheFix() =>
        Assert.Contains("10.0.0.1-10.0.0.9", Check.Single(Check.Pool("p", "10.0.0.9-10.0.0.1"), "MLB0103").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0103_OrderedRange_Silent() => Check.None(Check.Pool("p", "10.0.0.1-10.0.0.9"), "MLB0103");

    [Fact]
    public void MLB0106_MixedFamilyRange_Fires() => Check.Single(Check.Pool("p", "10.0.0.1-2001:db8::1"), "MLB0106");

    [Fact]
    public void MLB0106_SingleFamilyRange_Silent() => Check.None(Check.Pool("p", "2001:db8::1-2001:db8::9"), "MLB0106");

    [Fact]
    public void MLB0107_HostBits_WarnsWithTheNetwork()
    {
        var finding = Check.Single(Check.Pool("p", "10.0.0.5/24"), "MLB0107");

        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("10.0.0.0/24", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0107_AlignedCidr_Silent() => Check.None(Check.Pool("p", "10.0.0.0/24"), "MLB0107");
}
