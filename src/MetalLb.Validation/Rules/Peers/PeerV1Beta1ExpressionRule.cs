using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0223: a v1beta1 BGPPeer node-selector expression without key, operator or values. The v1beta1 schema requires
/// all three with at least one value, so Exists and DoesNotExist cannot be written there.
/// </summary>
internal sealed class PeerV1Beta1ExpressionRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0223", "v1beta1 BGPPeer node-selector expression lacks key, operator or values", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.nodeSelectors[%d].matchExpressions[%d].values: Required value");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ServedVersion != "v1beta1")
        {
            return;
        }

        for (var i = 0; i < resource.NodeSelectors.Count; i++)
        {
            var expressions = resource.NodeSelectors[i].MatchExpressions;
            for (var j = 0; j < expressions.Count; j++)
            {
                var path = $"spec.nodeSelectors[{i}].matchExpressions[{j}]";
                var e = expressions[j];
                if (e.Key.Length == 0)
                {
                    context.Report(resource, path, "match expression has no key; the v1beta1 schema requires key, operator and at least one value");
                }

                if (e.Operator.Length == 0)
                {
                    context.Report(resource, path, $"match expression on \"{e.Key}\" has no operator; the v1beta1 schema requires key, operator and at least one value");
                }

                if (e.Values.Count == 0)
                {
                    var tail = e.Operator is "Exists" or "DoesNotExist"
                        ? $", so {e.Operator} cannot be expressed in v1beta1: use apiVersion metallb.io/v1beta2"
                        : "; list the values to match";
                    context.Report(resource, $"{path}.values", $"match expression on \"{e.Key}\" has no values, but the v1beta1 schema requires at least one{tail}");
                }
            }
        }
    }
}
