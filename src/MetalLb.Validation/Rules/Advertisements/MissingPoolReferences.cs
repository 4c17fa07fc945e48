using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>Reports <c>ipAddressPools</c> names no IPAddressPool in the input carries.</summary>
internal static class MissingPoolReferences
{
    public static void Report(RuleContext context, KubernetesObject ad, IReadOnlyList<string> names)
    {
        var pools = AdvertisementIndex.For(context).PoolsByName;
        for (var i = 0; i < names.Count; i++)
        {
            if (!pools.ContainsKey(names[i]) && NamespaceScope.Elsewhere<IpAddressPool>(context, names[i]) is { } elsewhere)
            {
                context.Report(ad, $"spec.ipAddressPools[{i}]", $"IPAddressPool \"{names[i]}\" exists only in namespace {elsewhere}, but MetalLB runs in \"{context.MetalLbNamespace.Name}\" and looks names up only there; it announces nothing for this reference. Put the pool in namespace {context.MetalLbNamespace.Name}");
            }
            else if (!pools.ContainsKey(names[i]))
            {
                var known = pools.Count == 0 ? "the input has no IPAddressPool" : $"known pools: {string.Join(", ", pools.Keys.Order(StringComparer.Ordinal).Take(10).Select(n => $"\"{n}\""))}";
                context.Report(ad, $"spec.ipAddressPools[{i}]", $"no IPAddressPool is named \"{names[i]}\" ({known}); MetalLB accepts the reference and announces nothing for it. Fix the name, or add the pool to the files you validate");
            }
        }
    }
}
