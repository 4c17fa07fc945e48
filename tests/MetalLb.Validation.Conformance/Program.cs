using MetalLb.Validation.Conformance;

// Usage: MetalLb.Validation.Conformance <corpus-root> [known-differences.yaml]
// <corpus-root> holds metallb-parity/ and metallb/ (../shared/corpus in CI).
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: MetalLb.Validation.Conformance <corpus-root> [known-differences.yaml]");
    return 2;
}

var known = KnownDifferences.Read(args.Length > 1 ? args[1] : null);
var disagreements = ParityRunner.Run(args[0], known, Console.Out);
Console.WriteLine();
var failedSamples = SampleRunner.Run(args[0], known, Console.Out);
Console.WriteLine();
var communityDisagreements = CommunityRunner.Run(args[0], Console.Out);
return disagreements == 0 && failedSamples == 0 && communityDisagreements == 0 ? 0 : 1;
