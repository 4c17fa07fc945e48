using MetalLb.Validation.Conformance;

// Usage: MetalLb.Validation.Conformance <corpus-root> <known-differences.yaml> <realworld-expectations.yaml>
// <corpus-root> holds metallb-parity/, metallb/ and realworld/ (../shared/corpus in CI).
if (args.Length != 3 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: MetalLb.Validation.Conformance <corpus-root> <known-differences.yaml> <realworld-expectations.yaml>");
    return 2;
}

var known = KnownDifferences.Read(args[1]);
var disagreements = ParityRunner.Run(args[0], known, Console.Out);
Console.WriteLine();
var failedSamples = SampleRunner.Run(args[0], known, Console.Out);
Console.WriteLine();
var communityDisagreements = CommunityRunner.Run(args[0], Console.Out);
Console.WriteLine();
var realWorldProblems = RealWorldRunner.Run(args[0], args[2], Console.Out);
return disagreements == 0 && failedSamples == 0 && communityDisagreements == 0 && realWorldProblems == 0 ? 0 : 1;
