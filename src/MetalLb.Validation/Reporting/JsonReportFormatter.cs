using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// The stable JSON contract: <c>{"diagnostics":[...],"summary":{...}}</c>, one document, nothing else.
/// Field names and shapes never change meaning; new fields may be added.
/// </summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteNumber("infos", report.InfoCount);
            json.WriteNumber("resources", report.ResourceCount);
            json.WriteString("mode", report.Options.Mode.ToConfigName());
            json.WriteString("metallbVersion", report.Options.MetalLbVersion.ToString());
            if (report.Namespace is { } ns)
            {
                json.WriteStartObject("metallbNamespace");
                json.WriteString("name", ns.Name);
                json.WriteString("source", ns.Source.ToString().ToLowerInvariant());
                json.WriteString("reason", ns.Reason);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", d.Message);
        if (d.Resource is { } r)
        {
            json.WriteStartObject("resource");
            json.WriteString("apiVersion", r.ApiVersion);
            json.WriteString("kind", r.Kind);
            json.WriteString("namespace", r.Namespace);
            json.WriteString("name", r.Name);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("resource");
        }

        json.WriteString("path", d.Path);
        json.WriteString("file", d.Location.File.Length == 0 ? null : d.Location.File);
        WriteNumberOrNull(json, "line", d.Location.Line);
        WriteNumberOrNull(json, "column", d.Location.Column);
        json.WriteString("node", d.Node);
        if (d.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("related");
            foreach (var related in d.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteString("message", related.Message);
                json.WriteString("kind", related.Resource?.Kind);
                json.WriteString("namespace", related.Resource?.Namespace);
                json.WriteString("name", related.Resource?.Name);
                json.WriteString("path", related.Path);
                json.WriteString("file", related.Location.File.Length == 0 ? null : related.Location.File);
                WriteNumberOrNull(json, "line", related.Location.Line);
                WriteNumberOrNull(json, "column", related.Location.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int value)
    {
        if (value > 0)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
