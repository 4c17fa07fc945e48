namespace MetalLb.Validation.Tests.Advice;

/// <summary>The rules without a fix-then-revalidate row, each with the reason.</summary>
internal static class AdviceCoverage
{
    private const string LinkTests = "fix-then-revalidate tests beside the rule's own: Rules/SourceAddress/LinkTopologyTests (each advised fix, per mode and release)";
    private const string NodeTests = "fix-then-revalidate tests beside the rule's own: Rules/Topology/SilentFailureRulesTests, ClusterNodesRulesTests, Topology/ExcludedNodesTests";
    private const string AdmissionTests = "admission change rule (UPDATE/DELETE against the cluster): fix-then-revalidate tests in Rules/Admission/AdmissionAdviceTests send the advised requests, then the denied one again";
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
        ["MLB0903"] = LinkTests,
        ["MLB0904"] = LinkTests,
        ["MLB0905"] = LinkTests,
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
        ["MLB0402"] = "no known release (up to 0.16.1) has spec.preferredNodeSelectors: the field is dropped and reported as MLB0005, whose row covers removing it",
        ["MLB0017"] = "info: says which release the input installs and was validated against; no fix",
        ["MLB0018"] = "says nothing was read; its fix is to give the input, which every other row does",
        ["MLB0013"] = "info: says which field holds a substitution variable and was not checked; no fix",
        ["MLB0014"] = "info: says the file is not Kubernetes objects and was skipped; no fix",
        ["MLB0015"] = "info: says the MetalLB Operator's CR installs MetalLB and is not configuration; no fix",
        ["MLB0016"] = "the fix is running MetalLB's converter image (configmaptocrs), which a unit test cannot run; LegacyConfigurationTests checks the advice names it",
        ["MLB1007"] = "node-check/preflight finding (the node named to run as is not in the input): fix-then-revalidate tests in Topology/NodeCheckAdviceTests rerun node-check under the right name and with the Node object added",
        ["MLB1210"] = AdmissionTests,
        ["MLB1211"] = AdmissionTests,
        ["MLB1212"] = AdmissionTests,
        ["MLB1213"] = AdmissionTests,
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
}
