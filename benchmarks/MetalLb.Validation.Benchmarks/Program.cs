using BenchmarkDotNet.Running;
using MetalLb.Validation.Benchmarks;

// "profile <scale> <seconds>": time the parse, load and rules in a loop (to attach dotnet-trace/dotnet-counters to).
if (args is ["profile", var scale, var seconds])
{
    Profile.Run(double.Parse(scale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// "rules <scale> <runs>": each rule's share of one validation (median over the runs).
if (args is ["rules", var ruleScale, var runs])
{
    Profile.Rules(double.Parse(ruleScale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// "admission <scale> <seconds>": one CREATE review after another against a snapshot kept between requests (to profile).
if (args is ["admission", var admissionScale, var admissionSeconds])
{
    Profile.Admission(double.Parse(admissionScale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(admissionSeconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// "admission-rules <scale> <runs>": each phase's and rule's share of one admission request's validation.
if (args is ["admission-rules", var phaseScale, var phaseRuns])
{
    Profile.AdmissionRules(double.Parse(phaseScale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(phaseRuns, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// "generate <scale> <file>": write the generated cluster to a file (a 100 MB input is scale 13).
if (args is ["generate", var size, var file])
{
    File.WriteAllText(file, LargeConfiguration.Cluster(double.Parse(size, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
