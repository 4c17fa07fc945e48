using System.Text;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Parallel;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Loading.Parallel;

/// <summary>Loads the same input sequentially and in parallel and renders everything a user sees of each.</summary>
internal static class ParallelLoads
{
    private static readonly MetalLbValidator Validator = new(new ValidationOptions { Mode = Diagnostics.BackendMode.Frr });

    /// <summary>Parallel reading forced on any size, in <paramref name="pieces"/> chunks.</summary>
    public static ParallelReading Forced(int pieces = 4) => new(0, pieces);

    public static string Text(string text, ParallelReading parallel, LoadLimits? limits = null) =>
        Render(new ConfigurationLoader(limits, parallel).AddText(text, "in.yaml").Build());

    public static string Bytes(byte[] bytes, ParallelReading parallel, LoadLimits? limits = null) =>
        Render(new ConfigurationLoader(limits, parallel).AddStream(new MemoryStream(bytes), "in.yaml").Build());

    /// <summary>Asserts that sequential and parallel reading of the text (as a string and as UTF-8 bytes) give the same.</summary>
    public static void AssertSame(string text, LoadLimits? limits = null, int pieces = 4)
    {
        var sequential = Text(text, ParallelReading.Off, limits);
        Assert.Equal(sequential, Text(text, Forced(pieces), limits));
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(Bytes(bytes, ParallelReading.Off, limits), Bytes(bytes, Forced(pieces), limits));
    }

    /// <summary>The JSON report of validating the set (every finding with its position), then the per-source counts.</summary>
    public static string Render(ConfigurationSet set)
    {
        using var json = new StringWriter();
        new JsonReportFormatter().Write(Validator.Validate(set), json);
        var skipped = string.Join(",", set.SkippedKinds.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
        return $"{json}\n{string.Join("\n", set.Sources)}\nobjects={set.Objects.Count} skipped={skipped}";
    }
}
