using System.Text;

namespace MetalLb.Validation.Benchmarks;

/// <summary>Generates realistic large inputs: many pools of many non-overlapping CIDRs and ranges.</summary>
internal static class LargeConfiguration
{
    public static string Pools(int pools, int entriesPerPool)
    {
        var yaml = new StringBuilder();
        var next = 0;
        for (var p = 0; p < pools; p++)
        {
            yaml.Append("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: pool-").Append(p)
                .Append("\n  namespace: metallb-system\nspec:\n  addresses:\n");
            for (var e = 0; e < entriesPerPool; e++, next++)
            {
                var a = 10 + (next >> 16);
                var b = (next >> 8) & 0xFF;
                var c = next & 0xFF;
                yaml.Append(e % 2 == 0
                    ? $"    - {a}.{b}.{c}.0/25\n"
                    : $"    - {a}.{b}.{c}.128-{a}.{b}.{c}.250\n");
            }

            yaml.Append("---\n");
        }

        return yaml.ToString();
    }
}
