using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Model.Values;

public class GoIpTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("2001:db8::1")]
    [InlineData("::")]
    [InlineData("::ffff:10.0.0.1")]
    public void Accepts_WhatGoAccepts(string text) => Assert.True(GoIp.TryParse(text, out _));

    [Theory]
    [InlineData("10")]
    [InlineData("10.0.1")]
    [InlineData("010.0.0.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("256.0.0.1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("[2001:db8::1]")]
    [InlineData(" 10.0.0.1")]
    [InlineData("10.0.0.1/32")]
    [InlineData("")]
    public void Rejects_WhatGoRejects(string text) => Assert.False(GoIp.TryParse(text, out _));

    [Fact]
    public void EquivalentIPv6Spellings_AreTheSameAddress()
    {
        Assert.True(GoIp.TryParse("2001:db8::1", out var a));
        Assert.True(GoIp.TryParse("2001:0db8:0000::0001", out var b));

        Assert.Equal(a, b);
    }
}
