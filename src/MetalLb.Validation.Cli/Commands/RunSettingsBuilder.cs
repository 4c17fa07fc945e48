using System.CommandLine;
using MetalLb.Validation.Configuration;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>Combines the settings file and the command line; any mistake is a <see cref="UsageException"/>.</summary>
internal static class RunSettingsBuilder
{
    public static RunSettings Build(ParseResult parsed, SharedOptions shared)
    {
        var (configuration, configurationPath) = ReadConfiguration(parsed.GetValue(shared.Config));
        configuration = WithKnownRuleIds(configuration, configurationPath);
        var options = configuration.ApplyTo(ValidationOptions.Default);
        options = WithCommandLineRules(options, parsed, shared);
        var failOn = configuration.FailOn ?? DiagnosticSeverity.Error;
        if (parsed.GetValue(shared.FailOn) is { } failOnText)
        {
            failOn = failOnText.ToLowerInvariant() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                _ => throw new UsageException($"--fail-on must be error, warning or info, not '{failOnText}'"),
            };
        }

        if (parsed.GetValue(shared.NoSuppressions))
        {
            options = options with { HonorSuppressions = false };
        }

        if (parsed.GetValue(shared.IgnoreExcludeLb))
        {
            options = options with { IgnoreExcludeLb = true };
        }

        try
        {
            _ = new MetalLbValidator(options);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"settings file '{configurationPath}': {ex.Message}");
        }

        // ignorePaths are relative to the directory of the settings file, so the file means the same from anywhere.
        var baseDirectory = configurationPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(configurationPath))!;
        var ignore = new PathFilter(configuration.IgnorePaths, baseDirectory);

        if (parsed.GetValue(shared.Mode) is { } modeText)
        {
            options = BackendModeExtensions.TryParse(modeText, out var mode)
                ? options with { Mode = mode }
                : throw new UsageException($"--mode must be native, frr or frr-k8s, not '{modeText}'");
        }

        if (parsed.GetValue(shared.MetalLbVersion) is { } versionText)
        {
            if (!MetalLbRelease.TryParse(versionText, out var version))
            {
                throw new UsageException($"--metallb-version must look like 0.15.3, not '{versionText}'; known releases: {MetalLbRelease.KnownList}");
            }

            options = MetalLbRelease.IsKnown(version)
                ? options with { MetalLbVersion = version! }
                : throw new UsageException($"--metallb-version: {MetalLbRelease.UnknownMessage(versionText)}");
        }

        if (parsed.GetValue(shared.MetalLbNamespace) is { } namespaceText)
        {
            options = IsNamespaceName(namespaceText)
                ? options with { MetalLbNamespace = namespaceText, MetalLbNamespaceOrigin = "given with --metallb-namespace" }
                : throw new UsageException($"--metallb-namespace must be a namespace name (lowercase letters, digits and '-', at most 63), not '{namespaceText}'");
        }

        var ipAddr = (parsed.GetValue(shared.IpAddr) ?? []).Select(v => Pair(v, "--ip-addr", "NODE=FILE")).Select(p => (Node: p.Name, File: p.Value)).ToList();
        var paths = (parsed.GetValue(shared.Paths) ?? []).ToList();
        RejectUnknownOptions(parsed, paths);
        foreach (var path in paths.Concat(ipAddr.Select(i => i.File)))
        {
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"cannot read '{path}': no such file or directory");
            }
        }

        return new RunSettings(options, paths, ipAddr, configuration, ignore, configurationPath, failOn);
    }

    /// <summary>The settings file's rule ids in the catalog's spelling; an unknown one is a usage error.</summary>
    private static ToolConfiguration WithKnownRuleIds(ToolConfiguration configuration, string? path)
    {
        var where = $"settings file '{path}'";
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        foreach (var (id, severity) in configuration.SeverityOverrides)
        {
            severities[RuleIds.Resolve(id, $"{where}, severity")] = severity;
        }

        return configuration with
        {
            DisabledRules = configuration.DisabledRules.Select(id => RuleIds.Resolve(id, $"{where}, disabledRules")).ToList(),
            SeverityOverrides = severities,
        };
    }

    /// <summary>--disable adds to the settings file's disabledRules; --enable takes rules out of it.</summary>
    private static ValidationOptions WithCommandLineRules(ValidationOptions options, ParseResult parsed, SharedOptions shared)
    {
        var disable = RuleIds.ResolveList(parsed.GetValue(shared.Disable) ?? [], "--disable");
        var enable = RuleIds.ResolveList(parsed.GetValue(shared.Enable) ?? [], "--enable");
        if (disable.Intersect(enable, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new UsageException($"{both} is given to both --disable and --enable");
        }

        if (disable.Count == 0 && enable.Count == 0)
        {
            return options;
        }

        var disabled = options.DisabledRules.Concat(disable).Except(enable, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return options with { DisabledRules = disabled };
    }

    /// <summary>
    /// System.CommandLine hands a word it does not know as an option to the PATH argument; before a <c>--</c> such a word
    /// is an unknown option (<c>--</c> then allows a file whose name starts with '-').
    /// </summary>
    private static void RejectUnknownOptions(ParseResult parsed, List<string> paths)
    {
        var afterDoubleDash = parsed.Tokens.SkipWhile(t => t.Type != System.CommandLine.Parsing.TokenType.DoubleDash).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path.Length > 1 && path[0] == '-' && !afterDoubleDash.Contains(path))
            {
                var options = parsed.CommandResult.Command.Options.Select(o => o.Name);
                var closest = FieldNamesFor(path, options);
                throw new UsageException($"unknown option {path}{closest}");
            }
        }
    }

    private static string FieldNamesFor(string given, IEnumerable<string> options) =>
        Loading.Readers.FieldNames.Closest(given, options) is { } closest ? $"; did you mean {closest}?" : string.Empty;

    /// <summary>A DNS-1123 label, what Kubernetes accepts as a namespace name.</summary>
    private static bool IsNamespaceName(string text) =>
        text.Length is > 0 and <= 63 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && text[0] != '-' && text[^1] != '-';

    /// <summary>Splits an option's <c>NAME=VALUE</c> argument, both parts non-empty.</summary>
    public static (string Name, string Value) Pair(string value, string option, string shape)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < value.Length - 1
            ? (value[..equals], value[(equals + 1)..])
            : throw new UsageException($"{option} takes {shape}, not '{value}'");
    }

    private static (ToolConfiguration Configuration, string? Path) ReadConfiguration(string? explicitPath)
    {
        var discovered = Path.Combine(Directory.GetCurrentDirectory(), ToolConfiguration.DefaultFileName);
        var path = explicitPath ?? (File.Exists(discovered) ? discovered : null);
        if (path is null)
        {
            return (new ToolConfiguration(), null);
        }

        if (explicitPath is not null && !File.Exists(explicitPath))
        {
            throw new UsageException($"cannot read settings file '{explicitPath}': no such file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read settings file '{path}': {ex.Message}");
        }

        var configuration = ToolConfigurationReader.Read(text, path, out var errors);
        return errors.Count == 0
            ? (configuration, path)
            : throw new UsageException($"settings file is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => $"  {e.Location}: {e.Message}"))}");
    }
}
