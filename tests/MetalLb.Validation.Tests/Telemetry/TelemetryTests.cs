using System.Diagnostics;
using System.Diagnostics.Metrics;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;
using Microsoft.Extensions.Logging;

namespace MetalLb.Validation.Tests.Telemetry;

/// <summary>Listeners see every validation in the process, so these tests run alone.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryRunsAlone;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private static readonly string Overlap = Check.Pool("a", "10.0.0.0/24") + "---\n" + Check.Pool("b", "10.0.0.128/25");

    [Fact]
    public void EachValidation_IsOneSpan_TaggedWithModeReleaseObjectsAndFindings()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MetalLbValidator.TelemetryName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var report = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr, MetalLbVersion = new Version(0, 15, 3) }).ValidateText(Overlap);

        var span = Assert.Single(spans);
        Assert.Equal("metallb.validation.validate", span.OperationName);
        Assert.Equal("frr", span.GetTagItem("metallb.validation.mode"));
        Assert.Equal("0.15.3", span.GetTagItem("metallb.validation.release"));
        Assert.Equal(2, span.GetTagItem("metallb.validation.objects"));
        Assert.Equal(report.Diagnostics.Count, span.GetTagItem("metallb.validation.findings"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public void Meter_CountsValidations_RecordsDuration_AndCountsFindingsByRuleAndSeverity()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MetalLbValidator.TelemetryName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Add((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Add((instrument.Name, value, ToDictionary(tags))));
        listener.Start();

        var report = new MetalLbValidator().ValidateText(Overlap);

        var validations = Assert.Single(measurements, m => m.Instrument == "metallb.validation.validations");
        Assert.Equal(1, validations.Value);
        Assert.Equal("frr-k8s", validations.Tags["metallb.validation.mode"]);
        var duration = Assert.Single(measurements, m => m.Instrument == "metallb.validation.duration");
        Assert.InRange(duration.Value, 0, 60);
        var findings = measurements.Where(m => m.Instrument == "metallb.validation.findings").ToList();
        Assert.Equal(report.Diagnostics.Count, findings.Sum(f => f.Value));
        var overlap = Assert.Single(findings, f => (string?)f.Tags["metallb.validation.rule"] == "MLB0104");
        Assert.Equal("error", overlap.Tags["metallb.validation.severity"]);
    }

    [Fact]
    public void Logger_GetsADebugLinePerValidation_AndAWarningWithTheExceptionWhenARuleFails()
    {
        var logger = new RecordingLogger();
        var throwing = Rule.ForSet(new RuleDescriptor("MLB9999", "throws", RuleCategory.Pools, DiagnosticSeverity.Error), _ => throw new InvalidOperationException("boom"));

        var report = new MetalLbValidator(null, RuleCatalog.Default.With(throwing), logger).ValidateText(Overlap);

        Assert.Contains(report.Diagnostics, d => d.RuleId == MetalLbRules.InternalError.Id);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("MLB9999", warning.Text, StringComparison.Ordinal);
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(warning.Exception).Message);
        var debug = Assert.Single(logger.Entries, e => e.Level == LogLevel.Debug);
        Assert.Equal($"Validated 2 MetalLB object(s) for frr-k8s mode, release {MetalLbRelease.Newest}: {report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info(s)", debug.Text[..debug.Text.LastIndexOf(" in ", StringComparison.Ordinal)]);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            result[key] = value;
        }

        return result;
    }
}
