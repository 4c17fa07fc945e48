using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

internal static class PoolReader
{
    public static IpAddressPool Read(FieldReader spec, IpAddressPool pool)
    {
        var addresses = new List<PoolAddress>();
        foreach (var (node, path) in spec.Items("addresses"))
        {
            if (spec.AsString(node, path) is { } text)
            {
                addresses.Add(PoolAddress.Parse(text, node.Span));
            }
        }

        var result = pool with
        {
            Addresses = addresses,
            AutoAssign = spec.Bool("autoAssign"),
            AvoidBuggyIps = spec.Bool("avoidBuggyIPs") ?? false,
            ServiceAllocation = ReadAllocation(spec.Object("serviceAllocation")),
        };
        spec.ReportUnknownFields();
        return result;
    }

    private static ServiceAllocation? ReadAllocation(FieldReader? allocation)
    {
        if (allocation is null)
        {
            return null;
        }

        var result = new ServiceAllocation
        {
            Priority = allocation.Integer("priority", int.MinValue, int.MaxValue, "int32") ?? 0,
            Namespaces = allocation.Strings("namespaces"),
            NamespaceSelectors = SelectorReader.ReadList(allocation, "namespaceSelectors"),
            ServiceSelectors = SelectorReader.ReadList(allocation, "serviceSelectors"),
        };
        allocation.ReportUnknownFields();
        return result;
    }
}
