using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests;

/// <summary>Small helpers so tests read as "this YAML gives these findings".</summary>
internal static class Check
{
    public static ValidationReport Yaml(string yaml, ValidationOptions? options = null) =>
        new MetalLbValidator(options).ValidateText(yaml, "test.yaml");

    public static IReadOnlyList<Diagnostic> Findings(string yaml, string ruleId, ValidationOptions? options = null) =>
        Yaml(yaml, options).For(ruleId).ToList();

    public static Diagnostic Single(string yaml, string ruleId, ValidationOptions? options = null)
    {
        var report = Yaml(yaml, options);
        var matches = report.For(ruleId).ToList();
        Assert.True(matches.Count == 1, $"expected one {ruleId}, got {matches.Count}:\n{string.Join("\n", report.Diagnostics)}");
        return matches[0];
    }

    public static void None(string yaml, string ruleId, ValidationOptions? options = null)
    {
        var report = Yaml(yaml, options);
        Assert.True(!report.For(ruleId).Any(), $"expected no {ruleId}, got:\n{string.Join("\n", report.Diagnostics)}");
    }

    /// <summary>An L2Advertisement of every pool, so a fixture's pools are announced (MLB0112).</summary>
    public const string L2All = "apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata:\n  name: all\n  namespace: metallb-system\nspec: {}\n---\n";

    public static string Pool(string name, params string[] addresses) => $"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: {name}
          namespace: metallb-system
        spec:
          addresses:
        {string.Join("\n", addresses.Select(a => $"    - \"{a}\""))}
        ---

        """;

    public static string Peer(string name, string spec, string apiVersion = "metallb.io/v1beta2") => $"""
        apiVersion: {apiVersion}
        kind: BGPPeer
        metadata:
          name: {name}
          namespace: metallb-system
        spec:
        {string.Join("\n", spec.Split('\n').Select(l => "  " + l))}
        ---

        """;
}
