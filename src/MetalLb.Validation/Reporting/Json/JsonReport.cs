using System.Text.Json;
using System.Text.Json.Serialization;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Reporting.Json;

/// <summary>
/// The JSON report (<c>--format json</c>, <see cref="JsonReportFormatter"/>) as types: read one back with
/// <c>JsonSerializer.Deserialize(text, MetalLbJsonContext.Default.JsonReport)</c>. Field names and shapes never change
/// meaning; new fields may be added.
/// </summary>
/// <param name="Diagnostics">Every finding, in report order.</param>
/// <param name="Summary">Counts and what the run assumed.</param>
public sealed record JsonReport(IReadOnlyList<JsonFinding> Diagnostics, JsonSummary Summary)
{
    /// <summary>Findings an object's annotation suppresses, each with its justification; absent when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JsonFinding>? Suppressed { get; init; }

    /// <summary>Where the objects came from when they were not files (a live cluster); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonSource? Source { get; init; }

    /// <summary>The contract of <paramref name="report"/>.</summary>
    public static JsonReport From(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ns = report.Namespace is { } assumed ? new JsonNamespace(assumed.Name, assumed.Source.ToString().ToLowerInvariant(), assumed.Reason) : null;
        return new JsonReport(
            [.. report.Diagnostics.Select(JsonFinding.From)],
            new JsonSummary(report.ErrorCount, report.WarningCount, report.InfoCount, report.ResourceCount, report.Options.Mode.ToConfigName(), report.Options.MetalLbVersion.ToString(), ns) { Suppressed = report.Suppressed.Count })
        {
            Suppressed = report.Suppressed.Count == 0 ? null : [.. report.Suppressed.Select(JsonFinding.From)],
        };
    }
}

/// <summary>One finding.</summary>
/// <param name="RuleId">The rule id (<c>MLB0104</c>).</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Resource">The object concerned, or null.</param>
/// <param name="Path">The field path inside it, or null.</param>
/// <param name="File">The file, or null.</param>
/// <param name="Line">1-based line, or null when unknown.</param>
/// <param name="Column">1-based column, or null when unknown.</param>
/// <param name="Node">The node concerned, or null.</param>
public sealed record JsonFinding(
    string RuleId,
    [property: JsonConverter(typeof(LowerCaseSeverityConverter))] DiagnosticSeverity Severity,
    string Message,
    JsonResource? Resource,
    string? Path,
    string? File,
    int? Line,
    int? Column,
    string? Node)
{
    /// <summary>Other places the finding involves; absent when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JsonRelated>? Related { get; init; }

    /// <summary>Why the finding is suppressed (empty when the annotation gives no reason); absent when it is not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Justification { get; init; }

    /// <summary>The contract of <paramref name="d"/>.</summary>
    public static JsonFinding From(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new JsonFinding(
            d.RuleId, d.Severity, d.Message,
            d.Resource is { } r ? new JsonResource(r.ApiVersion, r.Kind, r.Namespace, r.Name) : null,
            d.Path, FileOf(d.Location), Known(d.Location.Line), Known(d.Location.Column), d.Node)
        {
            Justification = d.Justification,
            Related = d.AdditionalLocations.Count == 0
                ? null
                : [.. d.AdditionalLocations.Select(a => new JsonRelated(a.Message, a.Resource?.Kind, a.Resource?.Namespace, a.Resource?.Name, a.Path, FileOf(a.Location), Known(a.Location.Line), Known(a.Location.Column)))],
        };
    }

    private static string? FileOf(SourceSpan location) => location.File.Length == 0 ? null : location.File;

    private static int? Known(int value) => value > 0 ? value : null;
}

/// <summary>The object a finding is about.</summary>
/// <param name="ApiVersion"><c>apiVersion</c> as written.</param>
/// <param name="Kind"><c>kind</c>.</param>
/// <param name="Namespace"><c>metadata.namespace</c>, or null.</param>
/// <param name="Name"><c>metadata.name</c>, or null.</param>
public sealed record JsonResource(string ApiVersion, string Kind, string? Namespace, string? Name);

/// <summary>Another place a finding involves.</summary>
/// <param name="Message">What is there.</param>
/// <param name="Kind">Its object's kind, or null.</param>
/// <param name="Namespace">Its object's namespace, or null.</param>
/// <param name="Name">Its object's name, or null.</param>
/// <param name="Path">The field path, or null.</param>
/// <param name="File">The file, or null.</param>
/// <param name="Line">1-based line, or null.</param>
/// <param name="Column">1-based column, or null.</param>
public sealed record JsonRelated(string Message, string? Kind, string? Namespace, string? Name, string? Path, string? File, int? Line, int? Column);

/// <summary>Counts and what the run assumed.</summary>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
/// <param name="Resources">Objects validated.</param>
/// <param name="Mode"><c>native</c>, <c>frr</c> or <c>frr-k8s</c>.</param>
/// <param name="MetallbVersion">The MetalLB release validated against.</param>
/// <param name="MetallbNamespace">The namespace MetalLB was taken to run in, and why; absent when not resolved.</param>
public sealed record JsonSummary(
    int Errors,
    int Warnings,
    int Infos,
    int Resources,
    string Mode,
    string MetallbVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonNamespace? MetallbNamespace)
{
    /// <summary>Findings suppressed by annotations (listed in <see cref="JsonReport.Suppressed"/>), not counted above.</summary>
    public int Suppressed { get; init; }
}

/// <summary>Where MetalLB was taken to run.</summary>
/// <param name="Name">The namespace.</param>
/// <param name="Source"><c>given</c>, <c>install</c>, <c>kustomization</c>, <c>objects</c> or <c>default</c>.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record JsonNamespace(string Name, string Source, string Reason);

/// <summary>
/// Where a report's objects came from when they were not files: JSON's top-level <c>source</c>, SARIF's
/// <c>runs[0].properties.source</c>. Names the server and context, never a credential.
/// </summary>
/// <param name="Kind"><c>cluster</c>: read from a live cluster's API server.</param>
/// <param name="Server">The API server's URL.</param>
/// <param name="Context">The kubeconfig context, or null in a pod (its service account).</param>
/// <param name="InCluster">True when read with the pod's service account.</param>
/// <param name="MetallbNamespace">The namespace whose MetalLB objects were read.</param>
/// <param name="Objects">How many objects were read.</param>
/// <param name="Notes">What could not be read and why that was not an error (nmstate not installed, Secrets forbidden).</param>
public sealed record JsonSource(string Kind, string Server, string? Context, bool InCluster, string MetallbNamespace, int Objects, IReadOnlyList<string> Notes);

/// <summary>Severities as the contract writes them: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
internal sealed class LowerCaseSeverityConverter() : JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
