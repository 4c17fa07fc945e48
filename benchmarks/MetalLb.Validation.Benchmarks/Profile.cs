using System.Diagnostics;
using MetalLb.Validation.Loading;
using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Benchmarks;

/// <summary>A plain loop to attach a profiler to, printing rough times of the YamlDotNet parse, the load and the rules.</summary>
internal static class Profile
{
    public static void Run(double scale, int seconds)
    {
        var yaml = LargeConfiguration.Cluster(scale);
        var validator = new MetalLbValidator();
        Console.WriteLine($"{yaml.Length:N0} characters, {LargeConfiguration.ObjectCount(scale):N0} objects");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var parse = Time(() => new YamlStream().Load(new StringReader(yaml)));
            var set = ConfigurationLoader.LoadText(yaml);
            var load = Time(() => set = ConfigurationLoader.LoadText(yaml));
            ValidationReport? report = null;
            var rules = Time(() => report = validator.Validate(set));
            Console.WriteLine($"yamldotnet {parse:N0} ms, load {load:N0} ms, rules {rules:N0} ms, {report!.Diagnostics.Count} findings");
        }
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
