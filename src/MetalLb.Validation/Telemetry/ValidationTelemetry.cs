using System.Diagnostics;
using System.Diagnostics.Metrics;
using MetalLb.Validation.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MetalLb.Validation.Telemetry;

/// <summary>
/// Tracing, metrics and logging of validations, under the name <see cref="MetalLbValidator.TelemetryName"/>: a span per
/// validation, a validation counter, a duration histogram and a findings counter by rule and severity. Each costs next to
/// nothing while nobody listens.
/// </summary>
internal static partial class ValidationTelemetry
{
    private static readonly string? Version = typeof(ValidationTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(MetalLbValidator.TelemetryName, Version);

    private static readonly Meter Meter = new(MetalLbValidator.TelemetryName, Version);

    private static readonly Counter<long> Validations = Meter.CreateCounter<long>("metallb.validation.validations", "{validation}", "Validations run.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("metallb.validation.duration", "s", "How long a validation took.");

    private static readonly Counter<long> Findings = Meter.CreateCounter<long>("metallb.validation.findings", "{finding}", "Findings reported, by rule and severity.");

    /// <summary>Starts the span of one validation (null while no listener samples it).</summary>
    public static Activity? Start() => Source.StartActivity("metallb.validation.validate");

    /// <summary>Records a finished validation on the span, the instruments and the log.</summary>
    public static void Finished(Activity? activity, ValidationReport report, TimeSpan elapsed, ILogger logger)
    {
        var mode = report.Options.Mode.ToConfigName();
        var release = report.Options.MetalLbVersion.ToString();
        if (activity is not null)
        {
            activity.SetTag("metallb.validation.mode", mode);
            activity.SetTag("metallb.validation.release", release);
            activity.SetTag("metallb.validation.objects", report.ResourceCount);
            activity.SetTag("metallb.validation.findings", report.Diagnostics.Count);
            activity.SetTag("metallb.validation.errors", report.ErrorCount);
            if (report.HasErrors)
            {
                activity.SetStatus(ActivityStatusCode.Error, $"{report.ErrorCount} error(s)");
            }
        }

        var tags = new TagList { { "metallb.validation.mode", mode }, { "metallb.validation.release", release } };
        Validations.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
        if (Findings.Enabled)
        {
            foreach (var group in report.Diagnostics.GroupBy(d => (d.RuleId, d.Severity)))
            {
                Findings.Add(group.Count(), new TagList { { "metallb.validation.rule", group.Key.RuleId }, { "metallb.validation.severity", group.Key.Severity.ToString().ToLowerInvariant() } });
            }
        }

        Validated(logger, report.ResourceCount, mode, release, report.ErrorCount, report.WarningCount, report.InfoCount, elapsed.TotalMilliseconds);
    }

    /// <summary>A rule threw: its findings are missing from the report (which says so as MLB0000).</summary>
    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "MetalLB validation rule {RuleIds} failed; its findings are missing from the report (MLB0000)")]
    public static partial void RuleFailed(ILogger logger, string ruleIds, Exception exception);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Validated {Objects} MetalLB object(s) for {Mode} mode, release {Release}: {Errors} error(s), {Warnings} warning(s), {Infos} info(s) in {ElapsedMs:F1} ms")]
    private static partial void Validated(ILogger logger, int objects, string mode, string release, int errors, int warnings, int infos, double elapsedMs);
}
