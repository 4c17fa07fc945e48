using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Readers;

internal static class BfdProfileReader
{
    public static BfdProfile Read(FieldReader spec, BfdProfile profile)
    {
        var result = profile with
        {
            ReceiveInterval = UInt32(spec, "receiveInterval"),
            TransmitInterval = UInt32(spec, "transmitInterval"),
            DetectMultiplier = UInt32(spec, "detectMultiplier"),
            EchoInterval = UInt32(spec, "echoInterval"),
            EchoMode = spec.Bool("echoMode"),
            PassiveMode = spec.Bool("passiveMode"),
            MinimumTtl = UInt32(spec, "minimumTtl"),
        };
        spec.ReportUnknownFields();
        return result;
    }

    private static long? UInt32(FieldReader spec, string key) => spec.Integer(key, 0, uint.MaxValue, "uint32");
}
