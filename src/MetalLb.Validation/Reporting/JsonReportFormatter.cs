using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// The stable JSON contract: <c>{"diagnostics":[...],"summary":{...}}</c>, one document, nothing else; its types are
/// <see cref="JsonReport"/> and <see cref="MetalLbJsonContext"/>. Field names and shapes never change meaning; new
/// fields may be added.
/// </summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "json";

    /// <summary>Where the report's objects came from, written as <c>source</c>; none when null (files).</summary>
    public JsonSource? Source { get; init; }

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(json, JsonReport.From(report) with { Source = Source }, MetalLbJsonContext.Default.JsonReport);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static JsonWriterOptions WriterOptions => new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d) =>
        JsonSerializer.Serialize(json, JsonFinding.From(d), MetalLbJsonContext.Default.JsonFinding);
}
