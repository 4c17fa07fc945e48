using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Secrets;

/// <summary>
/// Where the readers take secrets from, found the way <see cref="Readers.ObjectReader"/> finds objects. It errs on the
/// side of secrecy: <c>apiVersion</c> is not checked, so a field is a secret wherever a reader could read it as one.
/// </summary>
internal static class SecretRoles
{
    public static SecretRole OfValue(SecretRole parent, DocMapping mapping, string key) => parent switch
    {
        SecretRole.Secret or SecretRole.SecretData => SecretRole.Secret,
        SecretRole.PeerSpec when key == "password" => SecretRole.Secret,
        SecretRole.Object => OfObjectField(mapping, key),
        _ => SecretRole.Plain,
    };

    public static SecretRole OfItem(SecretRole parent) => parent switch
    {
        SecretRole.Secret => SecretRole.Secret,
        SecretRole.ObjectList => SecretRole.Object,
        _ => SecretRole.Plain,
    };

    private static SecretRole OfObjectField(DocMapping obj, string key)
    {
        var kind = (obj["kind"] as DocScalar)?.Text;
        return key switch
        {
            "items" when kind is not null && kind.EndsWith("List", StringComparison.Ordinal) => SecretRole.ObjectList,
            "spec" when kind == BgpPeer.KindName => SecretRole.PeerSpec,
            "data" or "stringData" when kind == SecretMetadata.KindName => SecretRole.SecretData,
            _ => SecretRole.Plain,
        };
    }
}
