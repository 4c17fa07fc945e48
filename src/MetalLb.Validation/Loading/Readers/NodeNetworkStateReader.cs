using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads nmstate's <c>status.currentState.interfaces[]</c>: name, type, state and <c>ipv4|ipv6.address[]</c>.</summary>
internal static class NodeNetworkStateReader
{
    public static NodeNetworkState Read(FieldReader top, NodeNetworkState state, ReadContext context)
    {
        var interfaces = new List<InterfaceState>();
        var current = top.Object("status")?.Object("currentState");
        foreach (var (node, path) in current?.Items("interfaces") ?? [])
        {
            if (current!.ItemObject(node, path) is not { } item)
            {
                continue;
            }

            var addresses = new List<InterfaceAddress>();
            foreach (var family in new[] { "ipv4", "ipv6" })
            {
                var ip = item.Object(family);
                foreach (var (addressNode, addressPath) in ip?.Items("address") ?? [])
                {
                    if (ip!.ItemObject(addressNode, addressPath) is { } entry)
                    {
                        ReadAddress(entry, addressNode, addressPath, addresses, context);
                    }
                }
            }

            var name = item.String("name") ?? string.Empty;
            var up = item.String("state") is not { } s || !s.Equals("down", StringComparison.OrdinalIgnoreCase);
            interfaces.Add(new InterfaceState(name, item.String("type"), up, addresses));
        }

        return state with { NodeName = state.Name ?? string.Empty, Interfaces = interfaces };
    }

    private static void ReadAddress(FieldReader entry, DocNode node, string path, List<InterfaceAddress> into, ReadContext context)
    {
        var text = entry.String("ip");
        var prefix = entry.Integer("prefix-length", 0, 128, "prefix length");
        if (text is null || prefix is null)
        {
            return;
        }

        if (!GoIp.TryParse(text, out var address) || address is null || prefix > IpMath.Width(address.AddressFamily))
        {
            context.Report(MetalLbRules.WrongType, $"{path} is not an address with a valid prefix length: {text}/{prefix}", node.Span, path);
            return;
        }

        into.Add(new InterfaceAddress(address, (int)prefix.Value, node.Span));
    }
}
