using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads a Node's labels (in metadata) and <c>status.addresses</c>; the rest of a Node is not MetalLB's business.</summary>
internal static class NodeReader
{
    public static KubernetesNode Read(FieldReader top, KubernetesNode node)
    {
        var addresses = new List<NodeAddress>();
        var status = top.Object("status");
        foreach (var (item, path) in status?.Items("addresses") ?? [])
        {
            if (status!.ItemObject(item, path) is { } entry && entry.String("address") is { } address)
            {
                addresses.Add(new NodeAddress(entry.String("type") ?? string.Empty, IpValue.Parse(address, item.Span)));
            }
        }

        return node with { Addresses = addresses };
    }
}
