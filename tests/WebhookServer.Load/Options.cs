using System.Globalization;

namespace WebhookServer.Load;

internal sealed record Options(string Server, string Cluster, int[] Levels, double Seconds, int MaxRequests, double After, string Regressions, bool SkipFaults)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        return new Options(
            Value("--server") ?? throw new ArgumentException("--server WebhookServer.dll is required"),
            Value("--cluster") ?? throw new ArgumentException("--cluster cluster.yaml is required"),
            (Value("--levels") ?? "1,2,4,8,16,32,64,128").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray(),
            double.Parse(Value("--seconds") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(Value("--max-requests") ?? "3000", CultureInfo.InvariantCulture),
            double.Parse(Value("--after") ?? "15", CultureInfo.InvariantCulture),
            Value("--regressions") ?? "fuzz/admission/regressions",
            args.Contains("--skip-faults"));
    }
}
