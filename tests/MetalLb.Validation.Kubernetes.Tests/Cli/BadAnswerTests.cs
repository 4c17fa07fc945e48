namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary>API answers of the wrong shape and malformed objects: a plain message or a finding, never an exception.</summary>
public sealed class BadAnswerTests
{
    [Theory]
    [InlineData("[1, 2, 3]", "with something that is not a list")]
    [InlineData("{\"kind\": \"NodeList\", \"items\": 7}", "with something that is not a list")]
    [InlineData("<html>proxy error</html>", "with text that is not JSON")]
    public async Task AListOfTheWrongShape_IsAPlainMessage(string body, string expected)
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Malformed["nodes"] = body;
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        Assert.Equal(2, run.Exit);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemsWithoutNames_AreSkippedWithANote()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Malformed["nodes"] = """{"kind": "NodeList", "apiVersion": "v1", "metadata": {"resourceVersion": "5"}, "items": [{"metadata": {}}, 42, {"metadata": {"name": "worker-1"}}]}""";
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Contains("the API server sent a Node without a name; it was skipped", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedObject_IsAFindingInsideIt()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + """

            ---
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: broken, namespace: metallb-system}
            spec:
              addresses: 5
              autoAssign: "perhaps"
            """);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.Equal(1, run.Exit);
        var report = System.Text.Json.JsonSerializer.Deserialize(run.Out, Reporting.Json.MetalLbJsonContext.Default.JsonReport)!;
        var onBroken = report.Diagnostics.Where(d => d.File == "cluster:IPAddressPool/metallb-system/broken").ToList();
        Assert.Contains(onBroken, d => d.Path == "spec.addresses" && d.Line > 1);
        Assert.Contains(onBroken, d => d.Path == "spec.autoAssign");
    }
}
