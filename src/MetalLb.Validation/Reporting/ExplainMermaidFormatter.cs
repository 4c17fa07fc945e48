using System.Text;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// The explanation as a Mermaid flowchart (renders on GitHub inside a <c>```mermaid</c> block): nodes in the middle,
/// routers they peer with on one side, pools they announce on the other; sessions and nodes with errors in red,
/// warnings in orange, with the rule ids on the edges.
/// </summary>
internal sealed class ExplainMermaidFormatter : IExplainFormatter
{
    /// <inheritdoc />
    public string Name => "mermaid";

    /// <inheritdoc />
    public void Write(TopologyExplanation explanation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        var routers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pools = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var edges = new List<string>();
        var classes = new List<string>();
        var edgeStyles = new List<(int Index, DiagnosticSeverity Severity)>();
        foreach (var node in explanation.Nodes)
        {
            var nodeId = Id("n", node.Name);
            var lines = node.HasInterfaces
                ? node.Interfaces.SelectMany(i => i.Addresses.Where(a => !IsUninteresting(a.Address)).Select(a => Escape($"{i.Name} {a}")))
                : ["<i>interfaces unknown</i>"];
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {nodeId}[\"{string.Join("<br/>", lines.Prepend($"<b>{Escape(node.Name)}</b>"))}\"]\n");
            var worstNode = TopologyExplanation.Worst(explanation.FindingsOf(node.Name).Where(d => d.Node == node.Name));
            if (worstNode is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            {
                classes.Add($"  class {nodeId} {(worstNode == DiagnosticSeverity.Error ? "error" : "warning")}\n");
            }

            foreach (var s in node.Sessions)
            {
                var routerName = s.Interface is not null ? $"{node.Name}:{s.Interface}" : s.RouterKey;
                var routerId = Id("r", routerName);
                var asn = s.DynamicAsn is not null ? $"dynamic {s.DynamicAsn}" : $"AS {s.PeerAsn}";
                routers.TryAdd(routerId, s.Interface is not null ? $"router on {s.Interface}<br/>{asn}" : $"router {Escape(s.RouterKey)}<br/>{asn}");
                var findings = explanation.FindingsOf(node.Name, s.Peer).ToList();
                var label = new List<string> { Escape(s.Peer.Name ?? "?") };
                if (s.SourceAddress is { } source)
                {
                    label.Add($"src {source}");
                }

                label.AddRange(findings.Where(f => f.Severity != DiagnosticSeverity.Info).Select(f => f.RuleId).Distinct(StringComparer.Ordinal));
                if (TopologyExplanation.Worst(findings) is { } worst and not DiagnosticSeverity.Info)
                {
                    edgeStyles.Add((edges.Count, worst));
                }

                edges.Add($"  {nodeId} -->|\"{string.Join("<br/>", label)}\"| {routerId}\n");
            }

            foreach (var a in node.Announcements.DistinctBy(a => (a.Pool, a.Protocol)))
            {
                var poolId = Id("p", a.Pool.Name ?? "?");
                pools.TryAdd(poolId, $"pool {Escape(a.Pool.Name ?? "?")}<br/>{Escape(string.Join(", ", a.Pool.Addresses.Select(p => p.Text)))}");
                var how = a.Protocol == AnnouncementProtocol.Bgp ? "BGP" : a.Interfaces.Count == 0 ? "L2" : $"L2 {Escape(string.Join(",", a.Interfaces))}";
                edges.Add($"  {poolId} -.-|\"{how}\"| {nodeId}\n");
            }
        }

        foreach (var (id, label) in routers)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {id}((\"{label}\"))\n");
        }

        foreach (var (id, label) in pools)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {id}[/\"{label}\"/]\n");
        }

        foreach (var edge in edges)
        {
            text.Append(edge);
        }

        text.Append("  classDef error stroke:#d00,stroke-width:3px\n");
        text.Append("  classDef warning stroke:#e80,stroke-width:3px\n");
        foreach (var c in classes)
        {
            text.Append(c);
        }

        foreach (var (index, severity) in edgeStyles)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  linkStyle {index} stroke:{(severity == DiagnosticSeverity.Error ? "#d00" : "#e80")},stroke-width:3px\n");
        }

        output.Write(text.ToString());
    }

    private static bool IsUninteresting(System.Net.IPAddress address) =>
        System.Net.IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal;

    private static string Id(string prefix, string name)
    {
        var id = new StringBuilder(prefix).Append('_');
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        // Different names can map to one id; a hash of the name keeps them apart.
        return id.Append('_').Append(((uint)StableHash(name) % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
