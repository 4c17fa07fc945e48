using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>MLB0603: a BGPAdvertisement community with a ':' that is neither an alias nor a valid community.</summary>
internal sealed class AdvertisementCommunityLiteralRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0603", "BGPAdvertisement community is not a valid community", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid community value: invalid section %q of community %q, err: %q\ninvalid community %q in BGP advertisement");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var aliases = CommunityAliasIndex.For(context);
        for (var i = 0; i < resource.Communities.Count; i++)
        {
            var text = resource.Communities[i];
            if (text.Contains(':', StringComparison.Ordinal) && !aliases.Contains(text)
                && !CommunityValue.TryParse(text, out _, out var problem, out var section))
            {
                context.Report(resource, $"spec.communities[{i}]", CommunityValue.Explain(text, problem, section));
            }
        }
    }
}
