namespace MetalLb.Validation.Tests.Rules.Bfd;

public class BfdRulesTests
{
    private static string Profile(string name, string spec = "passiveMode: false") => $"""
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata:
          name: {name}
          namespace: metallb-system
        spec:
        {string.Join("\n", spec.Split('\n').Select(l => "  " + l))}
        ---

        """;

    [Theory]
    [InlineData("receiveInterval: 9", "spec.receiveInterval")]
    [InlineData("transmitInterval: 60001", "spec.transmitInterval")]
    [InlineData("detectMultiplier: 1", "spec.detectMultiplier")]
    [InlineData("echoInterval: 5", "spec.echoInterval")]
    [InlineData("minimumTtl: 255", "spec.minimumTtl")]
    public void MLB0500_OutOfRange_FiresAtTheField(string spec, string path)
    {
        var finding = Check.Single(Profile("p", spec), "MLB0500");
        Assert.Equal(path, finding.Path);
        Assert.Contains(spec.Split(": ")[1], finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0500_EveryBadField_IsReported() =>
        Assert.Equal(2, Check.Findings(Profile("p", "receiveInterval: 1\nminimumTtl: 0"), "MLB0500").Count);

    [Fact]
    public void MLB0500_Bounds_Silent() =>
        Check.None(Profile("p", "receiveInterval: 10\ntransmitInterval: 60000\ndetectMultiplier: 2\nechoInterval: 10\nminimumTtl: 254"), "MLB0500");

    [Fact]
    public void MLB0500_Unset_Silent() => Check.None(Profile("p"), "MLB0500");

    [Fact]
    public void SameName_MLB0012_Fires() => Check.Single(Profile("p") + Profile("p"), "MLB0012");

    [Fact]
    public void DistinctNames_MLB0012_Silent() => Check.None(Profile("p") + Profile("q"), "MLB0012");
}
