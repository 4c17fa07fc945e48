using System.CommandLine;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
internal sealed class SharedOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or directories of manifests (*.yaml, *.yml, *.json); '-' or none reads stdin. MetalLB objects, Nodes, NodeNetworkStates and Secrets may be mixed.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Mode { get; } = new("--mode")
    {
        HelpName = "native|frr|frr-k8s",
        Description = "Backend mode: native, frr or frr-k8s (default frr-k8s, the Helm chart's default).",
    };

    public Option<string?> MetalLbVersion { get; } = new("--metallb-version")
    {
        HelpName = "X.Y.Z",
        Description = $"MetalLB release whose behaviour to reproduce, {MetalLbRelease.Oldest} to {MetalLbRelease.Newest} (default: {MetalLbRelease.Newest}, the newest this tool knows).",
    };

    public Option<string?> MetalLbNamespace { get; } = new("--metallb-namespace")
    {
        HelpName = "NS",
        Description = "The namespace MetalLB runs in (default: found from MetalLB's install or a kustomization in the input, else the namespace the MetalLB objects are in, else metallb-system).",
    };

    public Option<string[]> IpAddr { get; } = new("--ip-addr")
    {
        HelpName = "NODE=FILE",
        Description = "The output of 'ip -j address show' on NODE. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        HelpName = "FILE",
        Description = $"Settings file (default: {Configuration.ToolConfiguration.DefaultFileName} in the working directory, if present). Its ignorePaths are relative to its own directory.",
    };

    public Option<bool> NoSuppressions { get; } = new("--no-suppressions")
    {
        Description = $"Ignore the {ValidationOptions.SuppressionAnnotation} annotation: every finding counts (for shared clusters).",
    };

    public Option<bool> IgnoreExcludeLb { get; } = new("--ignore-exclude-lb")
    {
        Description = "The speaker runs with --ignore-exclude-lb: nodes labelled node.kubernetes.io/exclude-from-external-load-balancers announce too.",
    };

    public Option<string?> FailOn { get; } = new("--fail-on")
    {
        HelpName = "error|warning|info",
        Description = "Exit 1 when any finding is at or above this severity (default: error; warning fails on warnings too, as Polaris's --set-exit-code-on-danger fails on dangers).",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        HelpName = "RULE[,RULE...]",
        Description = "Turn rules off by id (any case). Repeatable; adds to the settings file's disabledRules.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Enable { get; } = new("--enable")
    {
        HelpName = "RULE[,RULE...]",
        Description = "Turn back on rules the settings file's disabledRules turns off. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Mode);
        command.Add(MetalLbVersion);
        command.Add(MetalLbNamespace);
        command.Add(IpAddr);
        command.Add(Config);
        command.Add(NoSuppressions);
        command.Add(IgnoreExcludeLb);
        command.Add(FailOn);
        command.Add(Disable);
        command.Add(Enable);
    }
}
