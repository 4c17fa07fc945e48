using System.Runtime.CompilerServices;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Data derived from one model object, kept with that object instance. Model objects never change after loading, so
/// a validation that gets the same instances again (the webhook: every request validates the snapshot's objects plus
/// one) reuses what an earlier validation derived. The table holds its entries only as long as the object lives.
/// </summary>
internal static class DerivedOnce
{
    private static readonly ConditionalWeakTable<NodeNetworkState, HashSet<string>> Names = [];

    /// <summary>The names of the interfaces of <paramref name="state"/>.</summary>
    public static IReadOnlySet<string> InterfaceNames(NodeNetworkState state) =>
        Names.GetValue(state, s => s.Interfaces.Select(i => i.Name).ToHashSet(StringComparer.Ordinal));
}
