using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using static MetalLb.Validation.MetalLbRules;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>The Admission checks: where MetalLB objects are applied, and what deletions and updates break.</summary>
internal static class AdmissionChecks
{
    public static Rule[] All { get; } =
    [
        Rule.ForEach<MetalLbObject>(ObjectOutsideMetalLbNamespace, ObjectNamespace.Outside),
        Rule.ForEach<MetalLbObject>(ObjectWithoutNamespace, ObjectNamespace.Missing),
        Rule.ForSet([BfdProfileDeletedInUse, CommunityAliasDeletedInUse, SecretDeletedInUse], AdmissionChanges.DeletedInUse),
        Rule.ForSet(GracefulRestartChanged, AdmissionChanges.GracefulRestart),
    ];
}
