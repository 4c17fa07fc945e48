using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ApiServerStandIn;

/// <summary>One change, as etcd would order it.</summary>
public sealed record StoredEvent(long ResourceVersion, string Type, string ResourceKey, JsonObject Body);

/// <summary>
/// The objects and their history: one resourceVersion counter for everything (as etcd's revision), an event log that
/// <see cref="Compact"/> forgets (a watch from before it is answered 410 Gone), and a channel per open watch.
/// </summary>
public sealed class ObjectStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _objects = new(StringComparer.Ordinal);
    private readonly List<StoredEvent> _log = [];
    private readonly List<Channel<StoredEvent>> _watchers = [];
    private long _resourceVersion = 1000;
    private long _compactedTo;

    public long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion;
            }
        }
    }

    /// <summary>Creates or replaces an object; fills resourceVersion, uid, creationTimestamp and generation as the API server does.</summary>
    public JsonObject Apply(ApiResourceInfo resource, JsonObject given)
    {
        var obj = (JsonObject)given.DeepClone();
        var metadata = obj["metadata"] as JsonObject ?? throw new ArgumentException("an object needs metadata");
        var name = metadata["name"]?.GetValue<string>() ?? throw new ArgumentException("an object needs metadata.name");
        if (resource.Namespaced)
        {
            metadata["namespace"] ??= "default";
        }
        else
        {
            metadata.Remove("namespace");
        }

        lock (_gate)
        {
            var key = Key(metadata["namespace"]?.GetValue<string>(), name);
            var all = Objects(resource);
            var existed = all.TryGetValue(key, out var old);
            metadata["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
            metadata["uid"] = old?["metadata"]?["uid"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = old?["metadata"]?["creationTimestamp"]?.GetValue<string>() ?? DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            metadata["generation"] = (old?["metadata"]?["generation"]?.GetValue<long>() ?? 0) + 1;
            all[key] = obj;
            Publish(new StoredEvent(_resourceVersion, existed ? "MODIFIED" : "ADDED", resource.Key, (JsonObject)obj.DeepClone()));
            return (JsonObject)obj.DeepClone();
        }
    }

    public bool Delete(ApiResourceInfo resource, string? ns, string name)
    {
        lock (_gate)
        {
            if (!Objects(resource).Remove(Key(ns, name), out var old))
            {
                return false;
            }

            var gone = (JsonObject)old.DeepClone();
            gone["metadata"]!["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
            Publish(new StoredEvent(_resourceVersion, "DELETED", resource.Key, gone));
            return true;
        }
    }

    public (List<JsonObject> Items, long ResourceVersion) List(ApiResourceInfo resource, string? ns)
    {
        lock (_gate)
        {
            var items = Objects(resource).Values.Where(o => ns is null || o["metadata"]?["namespace"]?.GetValue<string>() == ns).Select(o => (JsonObject)o.DeepClone()).ToList();
            return (items, _resourceVersion);
        }
    }

    public JsonObject? Get(ApiResourceInfo resource, string? ns, string name)
    {
        lock (_gate)
        {
            return Objects(resource).TryGetValue(Key(ns, name), out var o) ? (JsonObject)o.DeepClone() : null;
        }
    }

    /// <summary>Forgets the history: a watch from any resourceVersion before now is answered 410 Gone.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _compactedTo = _resourceVersion;
            _log.Clear();
        }
    }

    /// <summary>
    /// A watch from <paramref name="from"/>: the events after it that are still kept, and a channel of the ones to
    /// come; null when <paramref name="from"/> is older than the kept history (410 Gone).
    /// </summary>
    public (List<StoredEvent> Replay, Channel<StoredEvent> Live)? Subscribe(long from)
    {
        lock (_gate)
        {
            if (from < _compactedTo)
            {
                return null;
            }

            var channel = Channel.CreateUnbounded<StoredEvent>();
            _watchers.Add(channel);
            return (_log.Where(e => e.ResourceVersion > from).ToList(), channel);
        }
    }

    public void Unsubscribe(Channel<StoredEvent> channel)
    {
        lock (_gate)
        {
            _watchers.Remove(channel);
        }
    }

    private void Publish(StoredEvent stored)
    {
        _log.Add(stored);
        foreach (var watcher in _watchers)
        {
            watcher.Writer.TryWrite(stored);
        }
    }

    private SortedDictionary<string, JsonObject> Objects(ApiResourceInfo resource)
    {
        if (!_objects.TryGetValue(resource.Key, out var all))
        {
            _objects[resource.Key] = all = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        }

        return all;
    }

    private static string Key(string? ns, string name) => $"{ns}/{name}";
}
