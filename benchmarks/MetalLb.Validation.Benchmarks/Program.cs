using BenchmarkDotNet.Running;
using MetalLb.Validation.Benchmarks;

// "profile <scale> <seconds>": run full validation in a loop for dotnet-trace/dotnet-counters; otherwise BenchmarkDotNet.
if (args is ["profile", var scale, var seconds])
{
    Profile.Run(double.Parse(scale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
