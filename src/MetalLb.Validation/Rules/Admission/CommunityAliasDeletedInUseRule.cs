using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Admission;

/// <summary>MLB1211: deleting (or editing away) a Community alias that a BGPAdvertisement still uses by name.</summary>
internal sealed class CommunityAliasDeletedInUseRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1211", "Community alias deleted while a BGPAdvertisement still uses it", RuleCategory.Admission, DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remaining = context.Set.Communities.SelectMany(c => c.Aliases).Select(a => a.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var community in context.Deleted.OfType<Community>())
        {
            foreach (var alias in community.Aliases.Select(a => a.Name).OfType<string>().Where(n => !remaining.Contains(n)).Distinct(StringComparer.Ordinal))
            {
                foreach (var ad in context.Set.BgpAdvertisements)
                {
                    var index = ad.Communities.ToList().IndexOf(alias);
                    if (index >= 0 && ad.Metadata.Namespace == community.Metadata.Namespace)
                    {
                        context.Report(ad, $"spec.communities[{index}]",
                            $"Community \"{community.Name}\" defines the alias \"{alias}\" that BGPAdvertisement \"{ad.Name}\" still uses; MetalLB allows the deletion but then rejects the configuration (unknown community alias). Replace the alias in the advertisement with its value, or keep the alias");
                    }
                }
            }
        }
    }
}
