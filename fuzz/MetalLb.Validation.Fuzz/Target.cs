using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Fuzz;

/// <summary>
/// What one fuzz input goes through: the public loading API, every rule in every backend mode, both formatters, and
/// the incremental path (the input prepared as a snapshot, then validated again as a change against it).
/// Any exception escaping is a crash; a run that never ends is a hang (afl-fuzz's -t decides).
/// </summary>
internal static class Target
{
    private static readonly LoadLimits Limits = new() { MaxCharactersPerSource = 1024 * 1024, MaxNodesPerDocument = 100_000 };

    private static readonly MetalLbValidator[] Validators =
    [
        .. Enum.GetValues<BackendMode>().Select(mode => new MetalLbValidator(ValidationOptions.Default with { Mode = mode, Limits = Limits })),
    ];

    public static void Run(Stream input)
    {
        var set = new ConfigurationLoader(Limits).AddStream(input, "fuzz.yaml").Build();
        foreach (var validator in Validators)
        {
            var report = validator.Validate(set);
            using var sink = new StringWriter();
            new TextReportFormatter().Write(report, sink);
            new JsonReportFormatter().Write(report, sink);
        }
    }
}
