namespace MetalLb.Validation.Tests.Advice;

/// <summary>The rules without a fix-then-revalidate row, each with the reason.</summary>
internal static class AdviceCoverage
{
    private const string OtherBranch = "covered by other branches: its message and advice are being rewritten there (issue 10, topology-link and inputs), rows belong with that change";
    private const string LinkTests = "fix-then-revalidate tests beside the rule's own: Rules/SourceAddress/LinkTopologyTests (each advised fix, per mode and release)";
    private const string NodeTests = "fix-then-revalidate tests beside the rule's own: Rules/Topology/SilentFailureRulesTests, ClusterNodesRulesTests, Topology/ExcludedNodesTests";
    private const string Preflight = "preflight: reports what a live router answered; revalidating a fix needs the router, which a unit test does not have";

    /// <summary>Rules exempt from a row, with why.</summary>
    public static IReadOnlyDictionary<string, string> Exempt { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MLB0000"] = "internal error: reports a bug in the tool, gives no configuration fix",
        ["MLB0001"] = "points at the syntax error; gives no fix beyond the position",
        ["MLB0002"] = "input exceeds a safety limit; the fix is a tool setting (limits), not the configuration",
        ["MLB0006"] = "names the missing field only",
        ["MLB0007"] = "input cannot be read (I/O); no configuration fix",
        ["MLB0010"] = "states the field's range only",
        ["MLB1001"] = "info: says which per-node checks were skipped",
        ["MLB1006"] = "info: says the per-node checks were skipped past the budget",
        ["MLB1100"] = "info: a session came up",
        ["MLB0008"] = OtherBranch,
        ["MLB0009"] = OtherBranch,
        ["MLB0903"] = LinkTests,
        ["MLB0904"] = LinkTests,
        ["MLB0905"] = LinkTests,
        ["MLB0906"] = OtherBranch,
        ["MLB0907"] = LinkTests,
        ["MLB0908"] = LinkTests,
        ["MLB0909"] = NodeTests,
        ["MLB0112"] = NodeTests,
        ["MLB0113"] = NodeTests,
        ["MLB0231"] = NodeTests,
        ["MLB0232"] = NodeTests,
        ["MLB0408"] = NodeTests,
        ["MLB0920"] = NodeTests,
        ["MLB1008"] = NodeTests,
        ["MLB0013"] = "info: says which field holds a substitution variable and was not checked; no fix",
        ["MLB0014"] = "info: says the file is not Kubernetes objects and was skipped; no fix",
        ["MLB0015"] = "info: says the MetalLB Operator's CR installs MetalLB and is not configuration; no fix",
        ["MLB0016"] = "the fix is running MetalLB's converter image (configmaptocrs), which a unit test cannot run; LegacyConfigurationTests checks the advice names it",
        ["MLB1101"] = Preflight,
        ["MLB1102"] = Preflight,
        ["MLB1103"] = Preflight,
        ["MLB1104"] = Preflight,
        ["MLB1105"] = Preflight,
        ["MLB1106"] = Preflight,
        ["MLB1107"] = Preflight,
        ["MLB1108"] = Preflight,
        ["MLB1109"] = Preflight,
        ["MLB1110"] = Preflight,
        ["MLB1111"] = Preflight,
        ["MLB1112"] = Preflight,
        ["MLB1113"] = Preflight,
        ["MLB1114"] = Preflight,
    };

    /// <summary>
    /// Rules whose message gives a fix but that have no row yet: the known gap, kept visible here. Shrink it; a rule
    /// that gets a row must leave this list (the guard fails otherwise).
    /// </summary>
    public static IReadOnlyList<string> RowOwed { get; } =
    [
        "MLB0003", "MLB0004", "MLB0005", "MLB0011", "MLB0101", "MLB0102", "MLB0103", "MLB0108", "MLB0110", "MLB0111", "MLB0201", "MLB0202", "MLB0204", "MLB0206", "MLB0209", "MLB0211", "MLB0212", "MLB0213", "MLB0214", "MLB0215", "MLB0216", "MLB0220", "MLB0221", "MLB0223", "MLB0224", "MLB0225", "MLB0227", "MLB0229", "MLB0230", "MLB0306", "MLB0310", "MLB0312", "MLB0313", "MLB0314", "MLB0315", "MLB0402", "MLB0403", "MLB0404", "MLB0405", "MLB0406", "MLB0407", "MLB0500", "MLB0600", "MLB0602", "MLB0603", "MLB0605", "MLB0606", "MLB0700", "MLB0701", "MLB0702", "MLB0703", "MLB0704", "MLB0705", "MLB0706", "MLB0707", "MLB0806", "MLB0831", "MLB1002", "MLB1003", "MLB1004", "MLB1005", "MLB1007", "MLB1210", "MLB1211", "MLB1212", "MLB1213",
    ];
}
