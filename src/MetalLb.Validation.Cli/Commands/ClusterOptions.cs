using System.CommandLine;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>--cluster</c> and how to reach it, for the commands that can read a live cluster instead of files.</summary>
internal sealed class ClusterOptions
{
    public Option<bool> Cluster { get; } = new("--cluster")
    {
        Description = "Read the live cluster instead of files: MetalLB's objects in MetalLB's namespace, Nodes, NodeNetworkStates (when nmstate is installed) and Secrets' metadata (never values). Uses the kubeconfig, or the pod's service account in a pod.",
    };

    public Option<string?> Kubeconfig { get; } = new("--kubeconfig")
    {
        HelpName = "FILE",
        Description = "With --cluster: the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config, else the in-cluster service account).",
    };

    public Option<string?> Context { get; } = new("--context")
    {
        HelpName = "NAME",
        Description = "With --cluster: the kubeconfig context (default: its current-context).",
    };

    public Option<int> RequestTimeout { get; } = new("--request-timeout")
    {
        HelpName = "SECONDS",
        Description = "With --cluster: how long one request to the API server may take (default 30).",
        DefaultValueFactory = _ => 30,
    };

    public void AddTo(Command command)
    {
        command.Add(Cluster);
        command.Add(Kubeconfig);
        command.Add(Context);
        command.Add(RequestTimeout);
    }

    /// <summary>True for --cluster; a cluster option without it, or PATHs with it, is a usage error.</summary>
    public bool IsCluster(ParseResult parsed, RunSettings settings)
    {
        var cluster = parsed.GetValue(Cluster);
        if (!cluster)
        {
            foreach (var option in new Option[] { Kubeconfig, Context })
            {
                if (parsed.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException($"{option.Name} needs --cluster");
                }
            }

            return false;
        }

        if (settings.Paths.Count > 0)
        {
            throw new UsageException($"--cluster reads the cluster: give no PATH (got '{settings.Paths[0]}')");
        }

        var seconds = parsed.GetValue(RequestTimeout);
        return seconds is > 0 and <= 3600 ? true : throw new UsageException($"--request-timeout must be 1 to 3600 seconds, not {seconds}");
    }
}
