using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>
/// The agents' answers as the loader reads them: each node's <c>ip -j address show</c> text read once (as
/// <c>--ip-addr NODE=FILE</c> is, from the source <c>agent:NODE</c>) and kept while the text is unchanged; its
/// interfaces say they came from the agent, so findings do too. A malformed answer is the loader's findings.
/// </summary>
internal sealed class AgentInterfaceCache(LoadLimits limits)
{
    private Dictionary<string, (string Text, ConfigurationSet Read)> _read = new(StringComparer.Ordinal);

    public static string SourceName(string node) => $"agent:{node}";

    /// <summary>How the interfaces' origin reads in findings and in <c>/api/v1/nodes</c>.</summary>
    public static string Origin(string node) => $"{SourceName(node)} ({IpAddressJsonReader.Origin})";

    /// <summary>How many answers the last <see cref="Join"/> had to read.</summary>
    public int LastRead { get; private set; }

    /// <summary><paramref name="cluster"/> with the interfaces of each node in <paramref name="answers"/> (node → text).</summary>
    public ConfigurationSet Join(ConfigurationSet cluster, IReadOnlyDictionary<string, string> answers)
    {
        var next = new Dictionary<string, (string Text, ConfigurationSet Read)>(StringComparer.Ordinal);
        var read = 0;
        foreach (var (node, text) in answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!_read.TryGetValue(node, out var entry) || !string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                entry = (text, Read(node, text));
                read++;
            }

            next[node] = entry;
        }

        _read = next;
        LastRead = read;
        if (next.Count == 0)
        {
            return cluster;
        }

        var sets = next.Values.Select(e => e.Read).ToList();
        return new ConfigurationSet(
            [.. cluster.Objects, .. sets.SelectMany(s => s.Objects)],
            [.. cluster.LoadDiagnostics, .. sets.SelectMany(s => s.LoadDiagnostics)],
            cluster.SkippedKinds,
            [.. cluster.Sources, .. sets.SelectMany(s => s.Sources)]) { Facts = cluster.Facts };
    }

    private ConfigurationSet Read(string node, string text)
    {
        var set = new ConfigurationLoader(limits).AddIpAddressJson(node, text, SourceName(node)).Build();
        var objects = set.Objects.Select(o => o is NodeNetworkState state ? state with { Origin = Origin(node) } : o).ToList();
        return new ConfigurationSet(objects, [.. set.LoadDiagnostics], set.SkippedKinds, [.. set.Sources]);
    }
}
