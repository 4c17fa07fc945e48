using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// The explanation as one JSON document: <c>{"mode", "nodes":[{name, labels, interfaces, sessions, announcements,
/// diagnostics}], "diagnostics":[findings about no node], "summary"}</c>. Passwords appear only as <c>passwordSet</c>.
/// </summary>
internal sealed class ExplainJsonFormatter : IExplainFormatter
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Write(TopologyExplanation explanation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("mode", explanation.Topology.Mode.ToConfigName());
            json.WriteString("metallbVersion", explanation.Report.Options.MetalLbVersion.ToString());
            json.WriteStartArray("nodes");
            foreach (var node in explanation.Nodes)
            {
                WriteNode(json, node, explanation);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in explanation.Unattached)
            {
                JsonReportFormatter.WriteDiagnostic(json, d);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", explanation.Report.ErrorCount);
            json.WriteNumber("warnings", explanation.Report.WarningCount);
            json.WriteNumber("infos", explanation.Report.InfoCount);
            json.WriteNumber("nodes", explanation.Topology.Nodes.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One node of the explanation as a JSON object (the monitor serves it alone at /api/v1/nodes/{name}).</summary>
    internal static void WriteNode(Utf8JsonWriter json, NodeView node, TopologyExplanation explanation)
    {
        json.WriteStartObject();
        json.WriteString("name", node.Name);
        json.WriteBoolean("hasNodeObject", node.Node is not null);
        json.WriteStartObject("labels");
        foreach (var (key, value) in node.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteString("interfaceOrigin", node.InterfaceOrigin);
        if (node.HasInterfaces)
        {
            json.WriteStartArray("interfaces");
            foreach (var nic in node.Interfaces)
            {
                json.WriteStartObject();
                json.WriteString("name", nic.Name);
                json.WriteString("type", nic.Type);
                json.WriteBoolean("up", nic.IsUp);
                json.WriteStartArray("addresses");
                foreach (var a in nic.Addresses)
                {
                    json.WriteStringValue(a.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("interfaces");
        }

        json.WriteStartArray("sessions");
        foreach (var s in node.Sessions)
        {
            WriteSession(json, node, s);
        }

        json.WriteEndArray();
        json.WriteBoolean("excludedFromLoadBalancers", node.ExcludedFromLoadBalancers);
        json.WriteStartArray("announcements");
        foreach (var a in node.Announcements)
        {
            json.WriteStartObject();
            json.WriteString("pool", a.Pool.Name);
            json.WriteString("protocol", a.Protocol == AnnouncementProtocol.Bgp ? "bgp" : "l2");
            json.WriteString("advertisement", a.Advertisement.Name);
            json.WriteStartArray("addresses");
            foreach (var p in a.Pool.Addresses)
            {
                json.WriteStringValue(p.Text);
            }

            json.WriteEndArray();
            WriteStrings(json, "interfaces", a.Interfaces);
            WriteStrings(json, "peers", a.Peers);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in explanation.FindingsOf(node.Name))
        {
            JsonReportFormatter.WriteDiagnostic(json, d);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSession(Utf8JsonWriter json, NodeView node, BgpSession s)
    {
        json.WriteStartObject();
        json.WriteString("peer", s.Peer.Name);
        json.WriteString("routerAddress", s.RouterAddress?.ToString());
        json.WriteString("interface", s.Interface);
        json.WriteNumber("port", s.Port);
        json.WriteString("vrf", s.Vrf);
        json.WriteString("sourceAddress", s.SourceAddress?.ToString());
        json.WriteString("sourceInterface", s.SourceAddress is { } source && node.Find(source) is { } owned ? owned.Interface.Name : null);
        json.WriteBoolean("sourceAddressDropped", s.SourceAddressDropped);
        WriteNumber(json, "myASN", s.MyAsn);
        WriteNumber(json, "peerASN", s.PeerAsn);
        WriteNumber(json, "localASN", s.LocalAsn);
        json.WriteBoolean("localASNDropped", s.LocalAsnDropped);
        json.WriteString("dynamicASN", s.DynamicAsn);
        json.WriteString("routerID", s.RouterId?.ToString());
        json.WriteString("bfdProfile", s.BfdProfile);
        json.WriteString("holdTime", s.HoldTime);
        json.WriteString("keepaliveTime", s.KeepaliveTime);
        json.WriteString("connectTime", s.ConnectTime);
        json.WriteBoolean("passwordSet", s.HasPassword);
        json.WriteBoolean("ebgpMultiHop", s.EbgpMultiHop);
        if (s.IsExternal is { } external)
        {
            json.WriteBoolean("external", external);
        }
        else
        {
            json.WriteNull("external");
        }

        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, uint? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
