using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>
/// Reads the JSON array <c>ip -j address show</c> prints (iproute2): <c>ifname</c>, <c>link_type</c>, <c>flags</c>
/// and <c>addr_info[]</c> with <c>local</c> and <c>prefixlen</c>. JSON is read as YAML, so entries keep their positions.
/// </summary>
internal static class IpAddressJsonReader
{
    public const string Origin = "ip -j address show";

    public static NodeNetworkState? Read(DocNode root, string nodeName, ReadContext context)
    {
        if (root is not DocSequence links)
        {
            context.Report(MetalLbRules.NotAnObject, $"'{Origin}' output must be a JSON array of interfaces, not {root.Describe()}", root.Span, null);
            return null;
        }

        var interfaces = new List<InterfaceState>();
        for (var i = 0; i < links.Items.Count; i++)
        {
            var path = $"[{i}]";
            if (links.Items[i] is not DocMapping mapping)
            {
                context.WrongType(links.Items[i], path, "an interface object");
                continue;
            }

            var link = new FieldReader(mapping, path, context);
            var name = link.String("ifname") ?? string.Empty;
            var flags = link.Strings("flags");
            var up = flags.Count == 0 ? !string.Equals(link.String("operstate"), "DOWN", StringComparison.Ordinal) : flags.Contains("UP");
            var addresses = new List<InterfaceAddress>();
            foreach (var (node, addressPath) in link.Items("addr_info"))
            {
                if (link.ItemObject(node, addressPath) is { } info)
                {
                    Add(info, node, addressPath, addresses, context);
                }
            }

            interfaces.Add(new InterfaceState(name, link.String("link_type"), up, addresses));
        }

        return new NodeNetworkState
        {
            ApiVersion = "iproute2",
            Kind = NodeNetworkState.KindName,
            Metadata = ObjectMeta.Empty with { Name = nodeName },
            NodeName = nodeName,
            Interfaces = interfaces,
            Origin = Origin,
            Location = root.Span,
            Source = root,
        };
    }

    private static void Add(FieldReader info, DocNode node, string path, List<InterfaceAddress> into, ReadContext context)
    {
        var local = info.String("local");
        var prefix = info.Integer("prefixlen", 0, 128, "prefix length");
        if (local is null || prefix is null)
        {
            return;
        }

        if (!GoIp.TryParse(local, out var address) || address is null || prefix > IpMath.Width(address.AddressFamily))
        {
            context.Report(MetalLbRules.WrongType, $"{path} is not an address with a valid prefix length: {local}/{prefix}", node.Span, path);
            return;
        }

        into.Add(new InterfaceAddress(address, (int)prefix.Value, node.Span));
    }
}
