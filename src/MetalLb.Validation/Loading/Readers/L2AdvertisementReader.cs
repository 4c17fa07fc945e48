using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Readers;

internal static class L2AdvertisementReader
{
    public static L2Advertisement Read(FieldReader spec, L2Advertisement ad)
    {
        var preferred = new List<PreferredNodeSelector>();
        foreach (var (node, path) in spec.Items("preferredNodeSelectors"))
        {
            if (spec.ItemObject(node, path) is not { } item)
            {
                continue;
            }

            var preference = item.Object("preference");
            preferred.Add(new PreferredNodeSelector(
                item.Integer("weight", int.MinValue, int.MaxValue, "int32"),
                preference is null ? null : SelectorReader.ReadOne(preference)));
            item.ReportUnknownFields();
        }

        var result = ad with
        {
            IpAddressPools = spec.Strings("ipAddressPools"),
            IpAddressPoolSelectors = SelectorReader.ReadList(spec, "ipAddressPoolSelectors"),
            NodeSelectors = SelectorReader.ReadList(spec, "nodeSelectors"),
            Interfaces = spec.Strings("interfaces"),
            ServiceSelectors = SelectorReader.ReadList(spec, "serviceSelectors"),
            PreferredNodeSelectors = preferred,
        };
        spec.ReportUnknownFields();
        return result;
    }
}
