namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary>A cluster that cannot be read: a plain message and exit 2, never a stack trace or a credential.</summary>
public sealed class ClusterErrorTests
{
    [Fact]
    public async Task WrongToken_Is401_WithoutTheToken()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster, kubeconfigToken: "wrong-token-value-0123456789");
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        Assert.Equal(2, run.Exit);
        Assert.Contains("401", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-value", run.Err + run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenNodes_Is403_NamingTheResource()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Forbidden["nodes"] = true;
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        Assert.Equal(2, run.Exit);
        Assert.Contains("forbidden to list nodes (403)", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenSecrets_IsANote_AndTheRunGoesOn()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Forbidden["secrets"] = true;
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Secrets in metallb-system could not be listed (403", run.Err, StringComparison.Ordinal);
        Assert.Contains("MLB0104", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowServer_IsATimeout()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Delays["nodes"] = TimeSpan.FromSeconds(30);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--request-timeout", "1");

        Assert.Equal(2, run.Exit);
        // Nodes are the slow ones; on a loaded machine an earlier list may also outlast one second, which is the same failure.
        Assert.Matches(@"^metallb-validate: cannot read the cluster: the API server at https://127\.0\.0\.1:\d+ did not answer the list of \S+ within 1 s\s*$", run.Err);
    }

    [Fact]
    public async Task StoppedServer_IsUnreachable()
    {
        var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var kubeconfig = File.ReadAllText(standIn.KubeconfigPath);
        await standIn.DisposeAsync();
        var path = Path.GetTempFileName();
        File.WriteAllText(path, kubeconfig);
        try
        {
            var run = CliRun.Of("validate", "--cluster", "--kubeconfig", path);

            Assert.Equal(2, run.Exit);
            Assert.Contains("cannot reach the API server at https://127.0.0.1:", run.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CredentialsInTheServerUrl_AreInNoOutput()
    {
        var path = Path.GetTempFileName();
        try
        {
            var standIn = await StandIn.StartAsync(Manifests.Cluster);
            CliRun json;
            try
            {
                var kubeconfig = File.ReadAllText(standIn.KubeconfigPath).Replace("https://127.0.0.1:", "https://admin:s3cr3t-pw@127.0.0.1:", StringComparison.Ordinal);
                Assert.Contains("s3cr3t-pw", kubeconfig, StringComparison.Ordinal);
                File.WriteAllText(path, kubeconfig);
                json = CliRun.Of("validate", "--cluster", "--kubeconfig", path, "--format", "json");
            }
            finally
            {
                await standIn.DisposeAsync();
            }

            var unreachable = CliRun.Of("validate", "--cluster", "--kubeconfig", path);

            Assert.Contains("\"server\":\"https://127.0.0.1:", json.Out, StringComparison.Ordinal);
            Assert.Contains("https://127.0.0.1:", unreachable.Err, StringComparison.Ordinal);
            Assert.All(new[] { json.Out, json.Err, unreachable.Out, unreachable.Err }, text => Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingKubeconfig_IsAPlainMessage()
    {
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", "/nonexistent/kubeconfig");

        Assert.Equal(2, run.Exit);
        Assert.Equal("metallb-validate: cannot read the cluster: cannot read kubeconfig '/nonexistent/kubeconfig': no such file", run.Err.Trim());
    }

    [Fact]
    public async Task UnknownContext_IsAPlainMessage()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--context", "nope");

        Assert.Equal(2, run.Exit);
        Assert.Contains("nope", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void PathsWithCluster_IsAUsageError()
    {
        var run = CliRun.Of("validate", "--cluster", Path.GetTempPath());

        Assert.Equal(2, run.Exit);
        Assert.Contains("--cluster reads the cluster: give no PATH", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void KubeconfigWithoutCluster_IsAUsageError()
    {
        var run = CliRun.Of("validate", "--kubeconfig", "x");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--kubeconfig needs --cluster", run.Err, StringComparison.Ordinal);
    }
}
