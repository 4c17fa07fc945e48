using BenchmarkDotNet.Attributes;
using MetalLb.Validation.Loading;
using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Benchmarks;

/// <summary>
/// Full validation against the floor any YAML-reading validator pays: YamlDotNet parsing the same text into its
/// representation model. Read the Ratio column; the baseline is the YamlDotNet parse.
/// </summary>
[MemoryDiagnoser]
public class ParseAndValidateBenchmarks
{
    private string _yaml = string.Empty;

    [Params(1_000, 4_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => _yaml = LargeConfiguration.Pools(pools: Entries / 100, entriesPerPool: 100);

    [Benchmark(Baseline = true)]
    public int YamlDotNetRepresentationModel()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_yaml));
        return stream.Documents.Count;
    }

    [Benchmark]
    public int Load() => ConfigurationLoader.LoadText(_yaml).Objects.Count;

    [Benchmark]
    public int LoadAndValidate() => new MetalLbValidator().ValidateText(_yaml).Diagnostics.Count;
}
