using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Reporting;

/// <summary>Per node: labels, interfaces, BGP sessions, announced pools and the findings that concern it.</summary>
internal sealed class ExplainTextFormatter : IExplainFormatter
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public void Write(TopologyExplanation explanation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        var topology = explanation.Topology;
        output.WriteLine($"mode {topology.Mode.ToConfigName()}, MetalLB {explanation.Report.Options.MetalLbVersion}: {topology.Nodes.Count} node{(topology.Nodes.Count == 1 ? string.Empty : "s")}");
        if (explanation.Nodes.Count == 0)
        {
            output.WriteLine("no nodes: give Node objects, a NodeInventory, NodeNetworkStates or --ip-addr NODE=FILE to see the per-node view");
        }

        foreach (var node in explanation.Nodes)
        {
            output.WriteLine();
            WriteNode(node, explanation, output);
        }

        if (explanation.Unattached.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("findings about no particular node:");
            foreach (var d in explanation.Unattached)
            {
                output.WriteLine($"  {Finding(d)}");
            }
        }

        output.WriteLine();
        output.WriteLine(TextReportFormatter.Summary(explanation.Report));
    }

    private static void WriteNode(NodeView node, TopologyExplanation explanation, TextWriter output)
    {
        var labels = node.Labels.Count == 0 ? "no labels" : string.Join(", ", node.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value.Length == 0 ? l.Key : $"{l.Key}={l.Value}"));
        output.WriteLine($"node {node.Name}{(node.Node is null ? " (no Node object)" : string.Empty)}");
        output.WriteLine($"  labels: {labels}");
        if (!node.HasInterfaces)
        {
            output.WriteLine("  interfaces: unknown (no NodeNetworkState, ip -j data or inventory)");
        }
        else
        {
            output.WriteLine($"  interfaces ({node.InterfaceOrigin}):");
            foreach (var nic in node.Interfaces)
            {
                var addresses = nic.Addresses.Count == 0 ? "-" : string.Join(", ", nic.Addresses);
                output.WriteLine($"    {nic.Name,-10} {(nic.IsUp ? "up  " : "down")}  {addresses}");
            }
        }

        output.WriteLine(node.Sessions.Count == 0 ? "  BGP sessions: none" : "  BGP sessions:");
        foreach (var s in node.Sessions)
        {
            output.WriteLine($"    {Session(node, s)}");
        }

        if (node.ExcludedFromLoadBalancers)
        {
            output.WriteLine("  announces nothing: labelled node.kubernetes.io/exclude-from-external-load-balancers (the speaker skips it; --ignore-exclude-lb would not)");
        }

        var bgp = node.Announcements.Where(a => a.Protocol == AnnouncementProtocol.Bgp).ToList();
        var l2 = node.Announcements.Where(a => a.Protocol == AnnouncementProtocol.L2).ToList();
        output.WriteLine(bgp.Count == 0 ? "  announces by BGP: nothing" : "  announces by BGP:");
        foreach (var a in bgp)
        {
            var to = a.Peers.Count == 0 ? "to every session" : $"to {string.Join(", ", a.Peers)}";
            output.WriteLine($"    {a.Pool.Name} ({Addresses(a)}) via BGPAdvertisement/{a.Advertisement.Name}, {to}");
        }

        output.WriteLine(l2.Count == 0 ? "  announces by L2: nothing" : "  announces by L2:");
        foreach (var a in l2)
        {
            var on = a.Interfaces.Count == 0 ? "on every interface" : $"on {string.Join(", ", a.Interfaces)}";
            output.WriteLine($"    {a.Pool.Name} ({Addresses(a)}) via L2Advertisement/{a.Advertisement.Name}, {on}");
        }

        var findings = explanation.FindingsOf(node.Name);
        if (findings.Count > 0)
        {
            output.WriteLine("  findings:");
            foreach (var d in findings)
            {
                output.WriteLine($"    {Finding(d)}");
            }
        }
    }

    /// <summary>One line describing a session; shared with the other formats' labels.</summary>
    internal static string Session(NodeView node, BgpSession s)
    {
        var parts = new List<string>
        {
            $"{s.Peer.Name} -> {(s.Interface is not null ? $"interface {s.Interface}" : s.RouterAddress?.ToString() ?? s.Peer.PeerAddress?.Text ?? "?")}:{s.Port}",
        };
        if (s.Vrf is not null)
        {
            parts.Add($"vrf {s.Vrf}");
        }

        parts.Add($"myASN {s.MyAsn?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        parts.Add(s.DynamicAsn is not null ? $"dynamicASN {s.DynamicAsn}" : $"peerASN {s.PeerAsn?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        if (s.LocalAsn is { } local)
        {
            parts.Add($"localASN {local}");
        }
        else if (s.LocalAsnDropped)
        {
            parts.Add($"localASN {s.Peer.LocalAsn} (dropped by frr-k8s)");
        }

        parts.Add(s.IsExternal switch { true => s.EbgpMultiHop ? "eBGP multihop" : "eBGP", false => "iBGP", _ => "?BGP" });
        if (s.SourceAddress is { } source)
        {
            var where = node.Find(source) is { } owned ? $" on {owned.Interface.Name}" : node.HasInterfaces ? " NOT ASSIGNED" : string.Empty;
            parts.Add($"source {source}{where}");
        }
        else if (s.SourceAddressDropped)
        {
            parts.Add($"source {s.Peer.SourceAddress?.Text} (dropped by frr-k8s)");
        }

        if (s.RouterId is not null)
        {
            parts.Add($"routerID {s.RouterId}");
        }

        if (s.BfdProfile is not null)
        {
            parts.Add($"bfd {s.BfdProfile}");
        }

        var timers = new[] { ("hold", s.HoldTime), ("keepalive", s.KeepaliveTime), ("connect", s.ConnectTime) }.Where(t => t.Item2 is not null).Select(t => $"{t.Item1} {t.Item2}").ToList();
        if (timers.Count > 0)
        {
            parts.Add(string.Join(" ", timers));
        }

        if (s.HasPassword)
        {
            parts.Add("password set");
        }

        return string.Join(", ", parts);
    }

    internal static string Addresses(PoolAnnouncement a) =>
        a.Pool.Addresses.Count == 0 ? "no addresses" : string.Join(", ", a.Pool.Addresses.Select(p => p.Text));

    private static string Finding(Diagnostic d) =>
        $"{d.Severity.ToString().ToLowerInvariant(),-7} {d.RuleId} {(d.Location.IsKnown ? $"{d.Location} " : string.Empty)}{d.Message}{(d.Resource is null ? string.Empty : $" [{d.Resource}]")}";
}
