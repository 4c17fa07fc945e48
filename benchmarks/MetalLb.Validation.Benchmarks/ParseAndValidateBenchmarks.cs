using BenchmarkDotNet.Attributes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Parallel;
using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// Full validation (load + every rule) of a generated cluster against the floor any YAML-reading validator pays:
/// YamlDotNet parsing the same text into its representation model. Read the Ratio column (baseline: the YamlDotNet
/// parse at the same scale); compare LoadAndValidate at Scale 0.25 and 1.0 for how time grows with 4x the input.
/// </summary>
[MemoryDiagnoser]
public class ParseAndValidateBenchmarks
{
    private string _yaml = string.Empty;
    private readonly MetalLbValidator _validator = new(LargeConfiguration.Options);

    /// <summary>Fraction of the largest cluster (see <see cref="LargeConfiguration.Cluster"/>); 4x apart to read the scaling.</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    /// <summary>0.25 and 1.0, or the comma-separated list in METALLB_BENCH_SCALES (CI's smoke run uses tiny ones).</summary>
    public static IEnumerable<double> Scales() =>
        (Environment.GetEnvironmentVariable("METALLB_BENCH_SCALES") ?? "0.25,1.0")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup() => _yaml = LargeConfiguration.Cluster(Scale);

    [Benchmark(Baseline = true)]
    public int YamlDotNetRepresentationModel()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_yaml));
        return stream.Documents.Count;
    }

    /// <summary>The loader as shipped: a source this large is parsed in parallel, in chunks of documents.</summary>
    [Benchmark]
    public int Load() => ConfigurationLoader.LoadText(_yaml).Objects.Count;

    /// <summary>The loader reading the source sequentially, as it does below 1 MiB or on one core.</summary>
    [Benchmark]
    public int LoadSequential() => new ConfigurationLoader(null, ParallelReading.Off).AddText(_yaml).Build().Objects.Count;

    [Benchmark]
    public int LoadAndValidate() => _validator.ValidateText(_yaml).Diagnostics.Count;
}
