using MetalLb.Validation;
using MetalLb.Validation.Fuzz;
using SharpFuzz;

// Under afl-fuzz: one input per run through the forkserver. With a path argument: replay files (a crash to debug,
// or a whole corpus as a smoke test) and fail on the first escaping exception.
if (args.Length > 0)
{
    return Replay.Files(args);
}

Fuzzer.OutOfProcess.Run(Target.Run);
return 0;
