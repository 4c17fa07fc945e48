using System.Text;
using System.Text.Json;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Tests.Reporting;

namespace MetalLb.Validation.Tests.Loading.Secrets;

/// <summary>A secret shared through a YAML anchor, alias or merge key is reported and printed by no formatter, whichever use comes first.</summary>
public class SharedSecretRedactorTests
{
    private const string Secret = "Zq8Xv3Wj";

    private const string Peer = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: p, namespace: metallb-system}
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 10.0.0.1

        """;

    [Fact]
    public void PasswordAnchored_AliasedIntoHoldTime_IsNeverPrinted() =>
        AssertRedacted(Peer + $"  password: &a {Secret}\n  holdTime: *a\n");

    [Fact]
    public void HoldTimeAnchored_AliasedIntoPassword_IsNeverPrinted() =>
        AssertRedacted(Peer + $"  holdTime: &a {Secret}\n  password: *a\n");

    [Fact]
    public void V1Beta1Password_AliasedIntoAnEarlierName_IsNeverPrinted() =>
        AssertRedacted($"""
            apiVersion: metallb.io/v1beta1
            kind: BGPPeer
            spec:
              myASN: 64512
              peerASN: 64600
              peerAddress: 10.0.0.1
              password: &a {Secret}
              keepaliveTime: *a
            metadata: {"{"}name: *a, namespace: metallb-system{"}"}
            """);

    [Fact]
    public void PasswordAnchored_AliasedThroughAMergeKey_IsNeverPrinted() =>
        AssertRedacted(Peer + $"  password: &a {Secret}\n  <<: {{holdTime: *a, routerID: *a}}\n");

    [Fact]
    public void SecretStringData_MergedIntoAPeerSpec_IsNeverPrinted() =>
        AssertRedacted(List($"stringData: &cred {{holdTime: {Secret}}}", "spec: {<<: *cred, myASN: 64512, peerASN: 64600, peerAddress: 10.0.0.1}"));

    [Fact]
    public void SecretStringDataValue_AliasedIntoAPeer_IsNeverPrinted() =>
        AssertRedacted(List($"stringData: {{password: &s {Secret}}}", "spec: {myASN: 64512, peerASN: 64600, peerAddress: *s, bfdProfile: *s}"));

    [Fact]
    public void SecretDataMapping_AliasedAsALabelSelector_IsNeverPrinted() =>
        AssertRedacted(List($"data: &d {{zone: \"{Secret}!\"}}", "spec: {myASN: 64512, peerASN: 64600, peerAddress: 10.0.0.1, nodeSelectors: [{matchLabels: *d}]}"));

    [Fact]
    public void PasswordAliasedAsDuplicateAndUnknownKeys_IsNeverPrinted() =>
        AssertRedacted(Peer + $"  password: &a {Secret}\n  *a : 1\n  nodeSelectors:\n  - matchLabels:\n      *a : x\n      *a : y\n");

    [Fact]
    public void PasswordSharedWithAnotherPassword_IsNotReported_AndStaysThePassword()
    {
        var yaml = List($"stringData: {{password: &s {Secret}}}", "spec: {myASN: 64512, peerASN: 64600, peerAddress: 10.0.0.1, password: *s}");

        var set = ConfigurationLoader.LoadText(yaml);

        Assert.DoesNotContain(set.LoadDiagnostics, d => d.RuleId == "MLB0011");
        Assert.Equal(Secret, Assert.Single(set.Peers).Password!.Reveal());
        AssertNotPrinted(Check.Yaml(yaml));
    }

    [Fact]
    public void HoldTimeAnchored_AliasedIntoPassword_PasswordKeepsTheSecret_HoldTimeIsRedacted()
    {
        var set = ConfigurationLoader.LoadText(Peer + $"  holdTime: &a {Secret}\n  password: *a\n");

        var peer = Assert.Single(set.Peers);
        Assert.Equal(Secret, peer.Password!.Reveal());
        Assert.Equal("(redacted)", peer.HoldTime!.Text);
        Assert.Single(set.LoadDiagnostics, d => d.RuleId == "MLB0011");
    }

    [Fact]
    public void AliasChainFarDeeperThanTheDepthLimit_IsRedactedWithoutRecursion()
    {
        // Each link nests the one before 58 lists deep: 340 links make a tree 19,720 levels deep.
        var chain = new StringBuilder($"  password: &x0 {Secret}\n  extra:\n");
        for (var i = 1; i <= 340; i++)
        {
            chain.Append($"  - &x{i} {new string('[', 58)}*x{i - 1}{new string(']', 58)}\n");
        }

        var report = Check.Yaml(Peer + chain + "  holdTime: *x0\n");

        Assert.Contains(report.Diagnostics, d => d.RuleId == "MLB0011");
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == "MLB0002");
        AssertNotPrinted(report);
    }

    [Fact]
    public void AnchorsArePerDocument_SoAnAliasInTheNextDocumentSeesNoSecret()
    {
        var report = Check.Yaml(Peer + $"  password: &a {Secret}\n---\n" + Peer + "  holdTime: *a\n");

        Assert.Contains(report.Diagnostics, d => d.RuleId == "MLB0001");
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == "MLB0011");
        AssertNotPrinted(report);
    }

    private static string List(string secretFields, string peerFields) => $$"""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Secret
          metadata: {name: s, namespace: metallb-system}
          {{secretFields}}
        - apiVersion: metallb.io/v1beta2
          kind: BGPPeer
          metadata: {name: p, namespace: metallb-system}
          {{peerFields}}
        """;

    private static void AssertRedacted(string yaml)
    {
        var report = Check.Yaml(yaml);

        Assert.Contains(report.Diagnostics, d => d.RuleId == "MLB0011");
        AssertNotPrinted(report);
    }

    /// <summary>No formatter prints the secret, nor any four characters of it.</summary>
    private static void AssertNotPrinted(ValidationReport report)
    {
        var parts = Enumerable.Range(0, Secret.Length - 3).Select(i => Secret.Substring(i, 4)).ToList();
        foreach (var formatter in PasswordNeverPrintedProperties.Formatters)
        {
            using var output = new StringWriter();
            formatter.Write(report, output);
            var text = output.ToString();
            Assert.False(
                parts.Any(p => text.Contains(p, StringComparison.Ordinal) || text.Contains(JsonEncodedText.Encode(p).ToString(), StringComparison.Ordinal)),
                $"{formatter.Name} printed (part of) the secret:\n{text}");
        }
    }
}
