using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Readers;

internal static class CommunityReader
{
    public static Community Read(FieldReader spec, Community community)
    {
        var aliases = new List<CommunityAlias>();
        foreach (var (node, path) in spec.Items("communities"))
        {
            if (spec.ItemObject(node, path) is { } item)
            {
                aliases.Add(new CommunityAlias(item.String("name"), item.String("value"), node.Span));
                item.ReportUnknownFields();
            }
        }

        spec.ReportUnknownFields();
        return community with { Aliases = aliases };
    }
}
