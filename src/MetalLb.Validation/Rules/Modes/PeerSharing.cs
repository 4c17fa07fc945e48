using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Whether two peers can have sessions on the same node, and how that was decided (for the message).</summary>
internal static class PeerSharing
{
    /// <summary>
    /// True when some node runs both peers. The nodes are the cluster's (<see cref="ClusterModel"/>): Node objects, or
    /// without them the nodes interface data names, each labelled <c>kubernetes.io/hostname</c>. With no node known at
    /// all, MetalLB (and this) assume yes. The reason is a clause for the message; <paramref name="node"/> is a common
    /// node when one is known. <paramref name="guessed"/> is true when the only common nodes are known from interface
    /// data alone and one of the peers selects them only through labels they may carry (<see cref="LabelGuess"/>); the
    /// reason then says so.
    /// </summary>
    public static bool Shares(RuleContext context, BgpPeer a, BgpPeer b, out string reason, out string? node, out bool assumed, out bool guessed)
    {
        var nodes = ClusterModel.For(context);
        (node, assumed, guessed) = (null, false, false);
        if (nodes.IsEmpty)
        {
            assumed = a.NodeSelectors.Count > 0 || b.NodeSelectors.Count > 0;
            reason = assumed
                ? "no Node objects or interface data were given, so, like MetalLB, this conservatively assumes both select a common node"
                : "neither has nodeSelectors, so both run on every node";
            return true;
        }

        var (selectedA, selectedB) = (nodes.Selected(a.NodeSelectors), nodes.Selected(b.NodeSelectors));
        var common = context.Shared(_ => new CommonNodes()).First(selectedA, selectedB);
        node = common;
        reason = common is null ? string.Empty : $"both select node \"{common}\"";
        if (common is null || nodes.HasLabels)
        {
            return common is not null;
        }

        // Nodes from interface data only: prefer a common node both select through labels it surely has.
        var candidates = selectedA.Where(selectedB.Contains).Order(StringComparer.Ordinal).Select(name =>
            (Name: name, Absent: nodes.AssumedAbsent(a.NodeSelectors, name).Union(nodes.AssumedAbsent(b.NodeSelectors, name), StringComparer.Ordinal).ToList()));
        if (candidates.FirstOrDefault(c => c.Absent.Count == 0) is { Name: { } sure })
        {
            (node, reason) = (sure, $"both select node \"{sure}\"");
            return true;
        }

        var guess = candidates.First();
        (node, guessed, reason) = (guess.Name, true, $"both select node \"{guess.Name}\" ({LabelGuess.Clause(guess.Name, guess.Absent)})");
        return true;
    }

    /// <summary>
    /// The first (by name) node two node sets have in common, remembered per pair of sets: peers with the same
    /// selectors share one set (<see cref="ClusterModel.Selected"/>), so thousands of peers cost one intersection per
    /// pair of distinct selector lists.
    /// </summary>
    private sealed class CommonNodes
    {
        private readonly Dictionary<IReadOnlySet<string>, Dictionary<IReadOnlySet<string>, string?>> _common = new(ReferenceEqualityComparer.Instance);

        public string? First(IReadOnlySet<string> a, IReadOnlySet<string> b)
        {
            var withA = _common.TryGetValue(a, out var known) ? known : _common[a] = new(ReferenceEqualityComparer.Instance);
            return withA.TryGetValue(b, out var common) ? common : withA[b] = (a.Count <= b.Count ? a.Where(b.Contains) : b.Where(a.Contains)).Min(StringComparer.Ordinal);
        }
    }
}
