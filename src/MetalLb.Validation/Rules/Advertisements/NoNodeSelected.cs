using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>Reports an advertisement whose nodeSelectors match none of the input's Node objects.</summary>
internal static class NoNodeSelected
{
    public static void Report(RuleContext context, KubernetesObject ad, IReadOnlyList<LabelSelector> selectors)
    {
        var nodes = NodeIndex.For(context);
        if (selectors.Count == 0 || nodes.IsEmpty || nodes.Selected(selectors).Count > 0)
        {
            return;
        }

        context.Report(ad, "spec.nodeSelectors", $"selects none of the {nodes.All.Count} given nodes ({string.Join(" or ", selectors.Select(s => $"\"{s}\""))}), so no node announces its pools. Fix the selector or the node labels");
    }
}
