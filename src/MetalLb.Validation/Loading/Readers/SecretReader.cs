using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads a Secret's type and key names. The values are never read, so they cannot leak into any output.</summary>
internal static class SecretReader
{
    public static SecretMetadata Read(FieldReader top, SecretMetadata secret)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "data", "stringData" })
        {
            if (top.Node(field) is Yaml.DocMapping map)
            {
                keys.UnionWith(map.Entries.Select(e => e.Key.Text));
            }
        }

        return secret with { Type = top.String("type"), Keys = keys };
    }
}
