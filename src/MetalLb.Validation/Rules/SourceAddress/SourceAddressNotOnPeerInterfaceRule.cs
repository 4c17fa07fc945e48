using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>MLB0906: an unnumbered peer (spec.interface) whose sourceAddress lives on another interface of the node.</summary>
internal sealed class SourceAddressNotOnPeerInterfaceRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0906", "sourceAddress is not on the peer's interface", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        foreach (var node in topology.Nodes.Where(n => n.HasInterfaces))
        {
            foreach (var session in node.Sessions)
            {
                if (session is not { SourceAddress: { } source, Interface: { } nic } || node.Find(source) is not { } owned
                    || string.Equals(owned.Interface.Name, nic, StringComparison.Ordinal))
                {
                    continue;
                }

                var onInterface = node.Interfaces.FirstOrDefault(i => i.Name == nic);
                var there = onInterface is null
                    ? $"{node.Name} has no interface {nic}"
                    : onInterface.Addresses.Count == 0 ? $"{nic} has no address" : $"{nic} has {string.Join(", ", onInterface.Addresses)}";
                var guess = LabelGuess.Of(topology.Cluster, session.Peer.NodeSelectors, node.Name);
                context.Report(
                    session.Peer,
                    "spec.sourceAddress",
                    $"the peer talks BGP over interface {nic} but sourceAddress {source} is on {node.Name}/{owned.Interface.Name}, not on {nic} ({there}); the unnumbered session runs on the link itself and cannot use it{(guess is null ? string.Empty : $" ({guess})")}. Use an address of {nic}, or drop sourceAddress",
                    node.Name,
                    guess is null ? null : DiagnosticSeverity.Warning);
            }
        }
    }
}
