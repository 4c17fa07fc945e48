using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>The rule catalog as one JSON document, for tools that pick rules to enable or disable.</summary>
internal static class RuleCatalogJson
{
    public static string Render(RuleCatalog catalog)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "metallb-validate");
            json.WriteString("version", ToolVersion.Informational);
            json.WriteStartArray("rules");
            foreach (var rule in catalog.Descriptors)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("defaultSeverity", rule.DefaultSeverity.ToString().ToLowerInvariant());
                json.WriteString("category", rule.Category.ToString());
                json.WriteStartArray("modes");
                foreach (var mode in Enum.GetValues<BackendMode>().Where(m => (rule.Modes & m.AsSet()) != 0))
                {
                    json.WriteStringValue(mode.ToConfigName());
                }

                json.WriteEndArray();
                json.WriteStartObject("releases");
                WriteVersion(json, "from", rule.AppliesTo.From);
                WriteVersion(json, "through", rule.AppliesTo.Through);
                json.WriteEndObject();
                json.WriteString("helpUri", SarifReportFormatter.RulesDocumentationBase + rule.Id + ".md");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteVersion(Utf8JsonWriter json, string name, Version? version)
    {
        if (version is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, version.ToString());
        }
    }
}
