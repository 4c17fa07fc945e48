using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Readers;

internal static class BgpAdvertisementReader
{
    public static BgpAdvertisement Read(FieldReader spec, BgpAdvertisement ad)
    {
        var result = ad with
        {
            AggregationLength = spec.Integer("aggregationLength", int.MinValue, int.MaxValue, "int32"),
            AggregationLengthV6 = spec.Integer("aggregationLengthV6", int.MinValue, int.MaxValue, "int32"),
            LocalPref = spec.Integer("localPref", 0, uint.MaxValue, "uint32") ?? 0,
            Communities = spec.Strings("communities"),
            IpAddressPools = spec.Strings("ipAddressPools"),
            IpAddressPoolSelectors = SelectorReader.ReadList(spec, "ipAddressPoolSelectors"),
            NodeSelectors = SelectorReader.ReadList(spec, "nodeSelectors"),
            Peers = spec.Strings("peers"),
            ServiceSelectors = SelectorReader.ReadList(spec, "serviceSelectors"),
        };
        spec.ReportUnknownFields();
        return result;
    }
}
