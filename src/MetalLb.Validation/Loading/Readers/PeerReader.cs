using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads BGPPeer v1beta1 and v1beta2 into one model; fields v1beta1 does not have are unknown there.</summary>
internal static class PeerReader
{
    private static readonly string[] V1Beta2Only =
    [
        "localASN", "dynamicASN", "interface", "connectTime", "passwordSecret", "enableGracefulRestart", "vrf",
        "disableMP", "dualStackAddressFamily",
    ];

    public static BgpPeer Read(FieldReader spec, BgpPeer peer)
    {
        var v1 = peer.ServedVersion == "v1beta1";
        var result = peer with
        {
            MyAsn = ReadAsn(spec, "myASN", 0),
            PeerAsn = ReadAsn(spec, "peerASN", 0),
            PeerAddress = Ip(spec, "peerAddress"),
            SourceAddress = Ip(spec, "sourceAddress"),
            PeerPort = spec.Integer("peerPort", 0, ushort.MaxValue, "uint16"),
            HoldTime = Duration(spec, "holdTime"),
            KeepaliveTime = Duration(spec, "keepaliveTime"),
            RouterId = Ip(spec, "routerID"),
            NodeSelectors = SelectorReader.ReadList(spec, "nodeSelectors"),
            Password = spec.Secret("password") is { } password ? new SensitiveText(password) : null,
            BfdProfile = spec.String("bfdProfile"),
            EbgpMultiHop = spec.Bool("ebgpMultiHop") ?? false,
        };

        if (!v1)
        {
            var secret = spec.Object("passwordSecret");
            result = result with
            {
                LocalAsn = ReadAsn(spec, "localASN", 0),
                DynamicAsn = spec.String("dynamicASN"),
                Interface = spec.String("interface"),
                ConnectTime = Duration(spec, "connectTime"),
                PasswordSecret = secret is null ? null : new SecretReference(secret.String("name"), secret.String("namespace")),
                EnableGracefulRestart = spec.Bool("enableGracefulRestart") ?? false,
                Vrf = spec.String("vrf"),
                DisableMp = spec.Bool("disableMP") ?? false,
                DualStackAddressFamily = spec.Bool("dualStackAddressFamily") ?? false,
            };
            secret?.ReportUnknownFields();
        }

        ReportUnknown(spec, v1);
        return result;
    }

    private static void ReportUnknown(FieldReader spec, bool v1)
    {
        if (v1)
        {
            foreach (var key in V1Beta2Only)
            {
                if (spec.Mapping[key] is { } node)
                {
                    spec.Accept(key);
                    spec.ReportOnly(key, node, $"\"{spec.PathOf(key)}\" exists only in metallb.io/v1beta2; in v1beta1 the API server drops it. Use apiVersion metallb.io/v1beta2");
                }
            }
        }

        spec.ReportUnknownFields();
    }

    private static Asn? ReadAsn(FieldReader spec, string key, long min) =>
        spec.Node(key) is { } node && spec.AsInteger(node, spec.PathOf(key), min, uint.MaxValue, "uint32") is { } value
            ? new Asn((uint)value, node.Span)
            : null;

    private static IpValue? Ip(FieldReader spec, string key) =>
        spec.String(key) is { } text && spec.Node(key) is { } node ? IpValue.Parse(text, node.Span) : null;

    private static DurationValue? Duration(FieldReader spec, string key)
    {
        var node = spec.Node(key);
        if (node is null)
        {
            return null;
        }

        // Kubernetes accepts only the string form ("90s"); a bare number is a type error.
        var text = spec.AsString(node, spec.PathOf(key));
        return text is null ? null : DurationValue.Parse(text, node.Span);
    }
}
