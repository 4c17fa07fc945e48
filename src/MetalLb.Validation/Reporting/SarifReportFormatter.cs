using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting.Help;
using MetalLb.Validation.Reporting.Json;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run, every rule of the catalog in <c>tool.driver.rules</c> with its
/// documentation page as help (embedded in this assembly; rules without a page get their descriptor), results with
/// paths relative to <see cref="BaseDirectory"/> (forward slashes, <c>uriBaseId</c> <c>%SRCROOT%</c>). Always writes a
/// <c>results</c> array, empty when the report is clean, and nothing but the document.
/// </summary>
public sealed class SarifReportFormatter : IReportFormatter
{
    /// <summary>The URI base id results are relative to.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>The schema address written into <c>$schema</c>.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Where rule documentation pages live (a page per rule: <c>{RulesDocumentationBase}MLB0104.md</c>).</summary>
    public const string RulesDocumentationBase = "https://github.com/metallb-validation/metallb-validation/blob/main/docs/rules/";

    /// <summary>Creates a formatter.</summary>
    /// <param name="toolVersion">The tool's version, written as <c>driver.version</c>.</param>
    /// <param name="baseDirectory">Directory result paths are made relative to; the working directory when null.</param>
    /// <param name="catalog">The rules listed in the driver; <see cref="RuleCatalog.Default"/> when null.</param>
    public SarifReportFormatter(string toolVersion, string? baseDirectory = null, RuleCatalog? catalog = null)
    {
        ToolVersion = string.IsNullOrWhiteSpace(toolVersion) ? "0.0.0" : toolVersion;
        BaseDirectory = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        Catalog = catalog ?? RuleCatalog.Default;
    }

    /// <inheritdoc />
    public string Name => "sarif";

    /// <summary>Where the report's objects came from, written as the run's <c>properties.source</c>; none when null (files).</summary>
    public JsonSource? Source { get; init; }

    /// <summary>The version in <c>tool.driver.version</c>.</summary>
    public string ToolVersion { get; }

    /// <summary>The directory <c>%SRCROOT%</c> stands for.</summary>
    public string BaseDirectory { get; }

    /// <summary>The rules described in the driver.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>SARIF's level for a severity: error, warning, note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A rule's name in PascalCase, built from its title (<c>IpAddressPoolRangesOverlap</c>).</summary>
    public static string RuleName(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var name = new StringBuilder();
        foreach (var word in rule.Title.Split([' ', '-', '/', '.', ',', ':', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length == 0 ? rule.Id : name.ToString();
    }

    /// <summary>
    /// The artifact URI of a file: relative to <see cref="BaseDirectory"/> with forward slashes when the file is under it,
    /// an absolute <c>file://</c> URI otherwise, and a percent-encoded name for sources that are not files (<c>&lt;stdin&gt;</c>),
    /// which results do not use: their artifact location has a description instead.
    /// </summary>
    public string ArtifactUri(string file, out bool relative)
    {
        ArgumentNullException.ThrowIfNull(file);
        relative = true;
        if (file.StartsWith('<'))
        {
            return Uri.EscapeDataString(file);
        }

        var full = Path.GetFullPath(file, BaseDirectory);
        var rel = Path.GetRelativePath(BaseDirectory, full);
        if (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel))
        {
            relative = false;
            return new Uri(full).AbsoluteUri;
        }

        return string.Join('/', rel.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = Catalog.Descriptors.ToList();
        foreach (var unknown in report.Diagnostics.Concat(report.Suppressed).Select(d => d.RuleId).Distinct(StringComparer.Ordinal).Where(id => Catalog.Find(id) is null))
        {
            rules.Add(new RuleDescriptor(unknown, unknown, RuleCategory.Input, DiagnosticSeverity.Warning));
        }

        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", new Uri(BaseDirectory.EndsWith(Path.DirectorySeparatorChar) ? BaseDirectory : BaseDirectory + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "unicodeCodePoints");
            json.WriteStartObject("properties");
            json.WriteString("mode", report.Options.Mode.ToConfigName());
            json.WriteString("metallbVersion", report.Options.MetalLbVersion.ToString());
            if (report.Namespace is { } ns)
            {
                json.WriteString("metallbNamespace", ns.Name);
                json.WriteString("metallbNamespaceSource", ns.Source.ToString().ToLowerInvariant());
                json.WriteString("metallbNamespaceReason", ns.Reason);
            }

            if (Source is { } source)
            {
                json.WritePropertyName("source");
                JsonSerializer.Serialize(json, source, MetalLbJsonContext.Default.JsonSource);
            }

            json.WriteEndObject();
            json.WriteStartArray("results");
            // Suppressed findings are results with an in-source suppression (SARIF 2.1.0 §3.27.23): code scanning shows them as dismissed.
            foreach (var diagnostic in report.Diagnostics.Concat(report.Suppressed))
            {
                WriteResult(json, diagnostic, index[diagnostic.RuleId]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json, IEnumerable<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "metallb-validate");
        json.WriteString("version", ToolVersion);
        json.WriteString("informationUri", "https://github.com/metallb-validation/metallb-validation");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        var help = RuleHelpSource.For(rule);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule));
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", help.Description);
        json.WriteStartObject("help");
        json.WriteString("text", help.Text);
        json.WriteString("markdown", help.Markdown);
        json.WriteEndObject();
        if (help.PageUri is { } page)
        {
            json.WriteString("helpUri", page);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("metallb");
        json.WriteStringValue(rule.Category.ToString().ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        var text = d.Node is null ? d.Message : $"{d.Message} (node {d.Node})";
        WriteText(json, "message", text);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, d.Location);
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        var resource = d.Resource is { } r ? $"{r.Namespace ?? string.Empty}/{r.Kind}/{r.Name ?? "<unnamed>"}" : "(configuration)";
        json.WriteString("fullyQualifiedName", d.Path is null ? resource : $"{resource}/{d.Path}");
        json.WriteString("kind", "resource");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < d.AdditionalLocations.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, d.AdditionalLocations[i].Location);
                WriteText(json, "message", d.AdditionalLocations[i].Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (d.Justification is { } justification)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (justification.Length > 0)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (d.Node is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("node", d.Node);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WritePhysicalLocation(Utf8JsonWriter json, SourceSpan location)
    {
        if (location.File.Length > 0)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (location.File.StartsWith('<') || location.File.StartsWith("cluster:", StringComparison.Ordinal))
            {
                // Standard input and objects read from a live cluster (cluster:Kind/namespace/name) have no URI: a
                // relative "%3Cstdin%3E" would name a file in the repository. SARIF 2.1.0 allows an artifactLocation
                // without uri (§3.4.3); its description says what was read.
                WriteText(json, "description", location.File);
            }
            else
            {
                json.WriteString("uri", ArtifactUri(location.File, out var relative));
                if (relative)
                {
                    json.WriteString("uriBaseId", SourceRootId);
                }
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, location.Line));
            json.WriteNumber("startColumn", Math.Max(1, location.Column));
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
