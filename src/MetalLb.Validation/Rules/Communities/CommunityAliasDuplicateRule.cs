using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>MLB0601: the same alias name defined twice, in one Community or across Communities.</summary>
internal sealed class CommunityAliasDuplicateRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0601", "Community alias defined twice", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of community %q");

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = CommunityAliasIndex.For(context);
        foreach (var community in context.Set.Communities)
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                var name = community.Aliases[i].Name ?? string.Empty;
                if (index.TryGetFirst(name, out var owner, out var first) && (owner != community || first != i))
                {
                    var where = owner == community ? $"spec.communities[{first}] of this Community" : $"Community \"{owner.Name}\" ({owner.Aliases[first].Location})";
                    context.Report(community, $"spec.communities[{i}].name",
                        $"alias \"{name}\" is already defined in {where}; alias names are global across Community objects, so MetalLB rejects the configuration. Remove or rename one");
                }
            }
        }
    }
}
