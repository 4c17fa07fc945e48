using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Configuration;

/// <summary>Reads a <see cref="ToolConfiguration"/> from YAML, reporting every mistake with its position.</summary>
internal static class ToolConfigurationReader
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="errors"/> lists what was wrong (empty on success).</summary>
    public static ToolConfiguration Read(string text, string sourceName, out IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        DocNode? root = null;
        using (var reader = new StringReader(text))
        {
            new YamlStreamReader(sourceName, LoadLimits.Default, bag).Read(reader, doc =>
            {
                root ??= doc;
                return true;
            });
        }

        var result = new ToolConfiguration();
        if (root is DocMapping mapping)
        {
            result = Read(new FieldReader(mapping, string.Empty, new ReadContext(bag)), bag);
        }
        else if (root is not null and not DocScalar { Kind: ScalarKind.Null })
        {
            bag.Add(MetalLbRules.WrongType, "the configuration file must be a mapping of settings", root.Span);
        }

        errors = bag.Items;
        return result;
    }

    private static ToolConfiguration Read(FieldReader fields, DiagnosticBag bag)
    {
        BackendMode? mode = null;
        if (fields.String("mode") is { } modeText)
        {
            if (BackendModeExtensions.TryParse(modeText, out var parsed))
            {
                mode = parsed;
            }
            else
            {
                bag.Add(MetalLbRules.WrongType, $"mode must be native, frr or frr-k8s, not \"{modeText}\"", fields.Node("mode")!.Span);
            }
        }

        Version? release = null;
        if (fields.String("metallbVersion") is { } versionText)
        {
            if (!MetalLbRelease.TryParse(versionText, out release))
            {
                bag.Add(MetalLbRules.WrongType, $"metallbVersion must look like 0.15.3, not \"{versionText}\"", fields.Node("metallbVersion")!.Span);
            }
            else if (!MetalLbRelease.IsKnown(release))
            {
                bag.Add(MetalLbRules.WrongType, $"metallbVersion: {MetalLbRelease.UnknownMessage(versionText)}", fields.Node("metallbVersion")!.Span);
                release = null;
            }
        }

        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, level) in fields.StringMap("severity"))
        {
            if (Enum.TryParse<DiagnosticSeverity>(level, ignoreCase: true, out var severity))
            {
                severities[id] = severity;
            }
            else
            {
                bag.Add(MetalLbRules.WrongType, $"severity of {id} must be error, warning or info, not \"{level}\"", fields.Node("severity")!.Span);
            }
        }

        DiagnosticSeverity? failOn = null;
        if (fields.String("failOn") is { } failOnText)
        {
            if (Enum.TryParse<DiagnosticSeverity>(failOnText, ignoreCase: true, out var parsedFailOn) && Enum.IsDefined(parsedFailOn) && !char.IsDigit(failOnText[0]))
            {
                failOn = parsedFailOn;
            }
            else
            {
                bag.Add(MetalLbRules.WrongType, $"failOn must be error, warning or info, not \"{failOnText}\"", fields.Node("failOn")!.Span);
            }
        }

        var result = new ToolConfiguration
        {
            FailOn = failOn,
            Mode = mode,
            MetalLbVersion = release,
            MetalLbNamespace = fields.String("metallbNamespace"),
            DisabledRules = fields.Strings("disabledRules"),
            SeverityOverrides = severities,
            HonorSuppressions = fields.Bool("honorSuppressions"),
            IgnorePaths = fields.Strings("ignorePaths"),
            Limits = fields.Object("limits") is { } limits ? ReadLimits(limits) : null,
        };
        fields.ReportUnknownFields(SettingsConsequence);
        return result;
    }

    private const string SettingsConsequence = "metallb-validate does not read it";

    private static LoadLimits ReadLimits(FieldReader fields)
    {
        var defaults = LoadLimits.Default;
        var result = new LoadLimits
        {
            MaxCharactersPerSource = fields.Integer("maxCharactersPerSource", 1, int.MaxValue, "limit") ?? defaults.MaxCharactersPerSource,
            MaxDepth = (int)(fields.Integer("maxDepth", 1, 1000, "limit") ?? defaults.MaxDepth),
            MaxNodesPerDocument = fields.Integer("maxNodesPerDocument", 1, int.MaxValue, "limit") ?? defaults.MaxNodesPerDocument,
            MaxDocuments = (int)(fields.Integer("maxDocuments", 1, int.MaxValue, "limit") ?? defaults.MaxDocuments),
            MaxScalarLength = (int)(fields.Integer("maxScalarLength", 1, int.MaxValue, "limit") ?? defaults.MaxScalarLength),
            MaxFiles = (int)(fields.Integer("maxFiles", 1, int.MaxValue, "limit") ?? defaults.MaxFiles),
        };
        fields.ReportUnknownFields(SettingsConsequence);
        return result;
    }
}
