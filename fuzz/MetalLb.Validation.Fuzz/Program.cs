using MetalLb.Validation.Fuzz;
using SharpFuzz;

// Targets: the loader and engine (default), or "admission" (AdmissionHandler's byte input), chosen by the first
// argument or FUZZ_TARGET. Under afl-fuzz: one input per run through the forkserver. With path arguments: replay files
// (a crash to debug, or a whole corpus as a smoke test) and fail on the first escaping exception.
var admission = args is ["admission", ..] || Environment.GetEnvironmentVariable("FUZZ_TARGET") == "admission";
var paths = args is ["admission", .. var rest] ? rest : args;
Action<Stream> target = admission ? AdmissionTarget.Run : Target.Run;
if (paths.Length > 0)
{
    return Replay.Files(paths, target);
}

Fuzzer.OutOfProcess.Run(stream => target(stream));
return 0;
