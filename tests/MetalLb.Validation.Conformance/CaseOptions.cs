using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// How a parity case's mode and scope map onto our engine.
/// <list type="bullet">
/// <item>mode <c>any</c> (MetalLB's DontValidate): every rule that applies to all modes and is not a Modes-category
/// rule; the backend mode chosen is then irrelevant.</item>
/// <item>scope <c>mode-check</c>: only Modes-category rules, in native or FRR mode (FRR-K8s shares FRR's validator).</item>
/// </list>
/// </summary>
internal static class CaseOptions
{
    public static (ValidationOptions Options, Func<RuleDescriptor, bool> Counts) For(ParityCase c)
    {
        var catalog = RuleCatalog.Default;
        var mode = c.Mode switch { "native" => BackendMode.Native, "frr" => BackendMode.Frr, _ => BackendMode.FrrK8s };
        Func<RuleDescriptor, bool> counts = c.Scope == "mode-check"
            ? d => d.Category == RuleCategory.Modes
            : c.Mode == "any"
                ? d => d.Category != RuleCategory.Modes && d.Modes == BackendModes.All
                : _ => true;
        var disabled = catalog.Rules.SelectMany(r => r.Descriptors).Where(d => !counts(d)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (new ValidationOptions { Mode = mode, DisabledRules = disabled, HonorSuppressions = false }, counts);
    }
}
