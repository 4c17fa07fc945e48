using System.Globalization;
using System.Text;

namespace WebhookServer.Load;

/// <summary>AdmissionReviews: distinct valid ones (each a new pool in its own /28) and the hostile cases of issue 14.</summary>
internal static class Reviews
{
    private static int _next;

    public static string Pool(string name, string address) =>
        $$$"""{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"{{{name}}}","namespace":"metallb-system"},"spec":{"addresses":["{{{address}}}"]}}""";

    public static string Review(string uid, string pool) =>
        $$$"""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"{{{uid}}}","kind":{"group":"metallb.io","version":"v1beta1","kind":"IPAddressPool"},"resource":{"group":"metallb.io","version":"v1beta1","resource":"ipaddresspools"},"namespace":"metallb-system","name":"load","operation":"CREATE","userInfo":{"username":"load"},"object":{{{pool}}},"oldObject":null,"dryRun":false}}""";

    /// <summary>A CREATE no earlier request made: a new name and a /28 of 198.18.0.0/15 (benchmark space, unused by the cluster).</summary>
    public static byte[] Distinct()
    {
        var n = Interlocked.Increment(ref _next) % 8192;
        var address = string.Create(CultureInfo.InvariantCulture, $"198.{18 + (n >> 12)}.{(n >> 4) & 0xFF}.{(n & 0xF) << 4}/28");
        return Encoding.UTF8.GetBytes(Review($"load-{n}", Pool($"load-{n}", address)));
    }

    /// <summary>A 7.8 MB review whose object holds a 3.9-million-element array in an unknown field.</summary>
    public static byte[] HugeArray()
    {
        var array = new StringBuilder(8_000_000).Append('[');
        for (var i = 0; i < 3_900_000; i++)
        {
            array.Append(i == 0 ? "0" : ",0");
        }

        return Encoding.UTF8.GetBytes(Review("huge", Pool("huge", "198.19.255.0/28").Replace("\"spec\":", "\"junk\":" + array.Append(']') + ",\"spec\":", StringComparison.Ordinal)));
    }

    public static byte[] OverLimit() => Encoding.UTF8.GetBytes(new string(' ', (9 * 1024 * 1024) - 2) + "{}");
}
