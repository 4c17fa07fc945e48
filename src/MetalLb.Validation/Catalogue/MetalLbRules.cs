using System.Collections.Immutable;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation;

/// <summary>
/// Every rule this library reports, as data: <c>MetalLbRules.PoolOverlap.Id</c> rather than a magic string. Each
/// rule's page is <see cref="RuleDescriptor.HelpLink"/>, which names the files that check it.
/// </summary>
public static partial class MetalLbRules
{
    /// <summary>Every descriptor, ordered by id.</summary>
    public static ImmutableArray<RuleDescriptor> All => RuleCatalog.Default.Descriptors;

    /// <summary>The descriptor with this id (ignoring case), or null.</summary>
    public static RuleDescriptor? Find(string id) => RuleCatalog.Default.Find(id);

    /// <summary>Descriptors of findings no check reports (the loader's, the preflight's, the node a command runs as).</summary>
    internal static IEnumerable<RuleDescriptor> Outcomes => InputOutcomes.Concat(PreflightOutcomes).Concat(NodeRunOutcomes);
}
