using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Kubernetes.Reading;

/// <summary>
/// Reading the view's objects is most of a validation at scale (10,000 objects: about a second of parsing, against a
/// fifth for the rules), and a change touches one object. So, for the monitor and the live snapshot alike, each object is read on its own, exactly as
/// <see cref="ClusterSnapshot.AddTo"/> reads it, and kept while its text is unchanged; a validation reads only the
/// objects that changed and joins the rest. Objects gone from the view are forgotten.
/// </summary>
internal sealed class ParsedObjectCache(LoadLimits limits)
{
    private Dictionary<string, (string Text, ConfigurationSet Read)> _read = new(StringComparer.Ordinal);

    /// <summary>How many objects the last <see cref="Build"/> had to read (the rest came from the cache).</summary>
    public int LastRead { get; private set; }

    public ConfigurationSet Build(ClusterSnapshot snapshot)
    {
        var next = new Dictionary<string, (string Text, ConfigurationSet Read)>(snapshot.Objects.Count, StringComparer.Ordinal);
        var parts = new List<ConfigurationSet>(snapshot.Objects.Count);
        var read = 0;
        foreach (var o in snapshot.Objects)
        {
            if (!_read.TryGetValue(o.SourceName, out var entry) || !string.Equals(entry.Text, o.Text, StringComparison.Ordinal))
            {
                var one = new ClusterSnapshot(snapshot.Server, snapshot.Context, snapshot.InCluster, snapshot.MetalLbNamespace, snapshot.NamespaceReason, [o], []);
                entry = (o.Text, one.AddTo(new ConfigurationLoader(limits)).Build());
                read++;
            }

            next[o.SourceName] = entry;
            parts.Add(entry.Read);
        }

        _read = next;
        LastRead = read;
        return ConfigurationSet.Join(parts);
    }
}
