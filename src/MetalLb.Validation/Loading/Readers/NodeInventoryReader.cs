using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>
/// Reads this tool's own <c>metallb-validate.io/v1alpha1 NodeInventory</c>: for people with no cluster at hand,
/// <c>spec.nodes[]</c> with <c>name</c>, <c>labels</c> and <c>interfaces[]</c> (<c>name</c>, <c>addresses</c> as CIDRs).
/// Each node becomes a Node (its labels) and a NodeNetworkState (its interfaces).
/// </summary>
internal static class NodeInventoryReader
{
    public const string Group = "metallb-validate.io";
    public const string KindName = "NodeInventory";
    public const string Version = "v1alpha1";

    public static IEnumerable<KubernetesObject> Read(FieldReader top, DocMapping mapping, string apiVersion, ReadContext context)
    {
        var metadata = MetadataReader.Read(top, reportUnknown: true);
        context.Resource = new Diagnostics.ResourceRef(apiVersion, KindName, metadata.Namespace, metadata.Name);
        if (apiVersion != $"{Group}/{Version}")
        {
            context.Report(MetalLbRules.UnservedVersion, $"{apiVersion} {KindName} is not known: use {Group}/{Version}", mapping.Span, "apiVersion");
            yield break;
        }

        top.Accept("apiVersion", "kind");
        var spec = top.Object("spec");
        top.ReportUnknownFields();
        if (spec?.Node("nodes") is null)
        {
            context.Report(MetalLbRules.MissingField, "spec.nodes is required: list the nodes with their labels and interfaces", (top.Node("spec") ?? mapping).Span, "spec.nodes");
            spec?.ReportUnknownFields();
            yield break;
        }

        foreach (var (node, path) in spec.Items("nodes"))
        {
            if (spec.ItemObject(node, path) is not { } item)
            {
                continue;
            }

            var name = item.String("name");
            if (name is null)
            {
                context.Report(MetalLbRules.MissingField, $"{path}.name is required", node.Span, $"{path}.name");
                continue;
            }

            var labels = new Dictionary<string, string>(item.StringMap("labels"), StringComparer.Ordinal);
            labels.TryAdd("kubernetes.io/hostname", name);
            var interfaces = ReadInterfaces(item, context);
            item.ReportUnknownFields();
            var meta = new ObjectMeta(name, null, labels, new Dictionary<string, string>());
            yield return new KubernetesNode { ApiVersion = apiVersion, Kind = KubernetesNode.KindName, Metadata = meta, Location = node.Span, Source = node };
            if (interfaces is not null)
            {
                yield return new NodeNetworkState
                {
                    ApiVersion = apiVersion, Kind = NodeNetworkState.KindName, Metadata = meta, NodeName = name,
                    Interfaces = interfaces, Origin = KindName, Location = node.Span, Source = node,
                };
            }
        }

        spec.ReportUnknownFields();
    }

    private static List<InterfaceState>? ReadInterfaces(FieldReader item, ReadContext context)
    {
        if (item.Node("interfaces") is null)
        {
            return null;
        }

        var result = new List<InterfaceState>();
        foreach (var (node, path) in item.Items("interfaces"))
        {
            if (item.ItemObject(node, path) is not { } entry)
            {
                continue;
            }

            var addresses = new List<InterfaceAddress>();
            foreach (var (addressNode, addressPath) in entry.Items("addresses"))
            {
                if (entry.AsString(addressNode, addressPath) is { } text)
                {
                    if (TryParseCidr(text, out var address, out var prefix))
                    {
                        addresses.Add(new InterfaceAddress(address!, prefix, addressNode.Span));
                    }
                    else
                    {
                        context.Report(MetalLbRules.WrongType, $"{addressPath} must be an address with its prefix length (10.0.0.11/24), not \"{text}\"", addressNode.Span, addressPath);
                    }
                }
            }

            var up = entry.Bool("up") ?? true;
            result.Add(new InterfaceState(entry.String("name") ?? string.Empty, entry.String("type"), up, addresses));
            entry.ReportUnknownFields();
        }

        return result;
    }

    private static bool TryParseCidr(string text, out System.Net.IPAddress? address, out int prefix)
    {
        prefix = 0;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (!GoIp.TryParse(slash < 0 ? text : text[..slash], out address) || address is null)
        {
            return false;
        }

        var width = IpMath.Width(address.AddressFamily);
        if (slash < 0)
        {
            prefix = width;
            return true;
        }

        return int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) && prefix <= width;
    }
}
