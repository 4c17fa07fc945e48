namespace ApiServerStandIn;

/// <summary>The stand-in process's command lines, so a script can change the cluster while kubectl or a watch looks.</summary>
public static class Control
{
    public static string Run(StandInServer server, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        try
        {
            switch (words)
            {
                case ["apply", var file]:
                    var applied = YamlObjects.ReadPaths([file]).Select(server.Apply).ToList();
                    return $"ok applied {applied.Count} at resourceVersion {server.Store.ResourceVersion}";
                case ["delete", var kind, var ns, var name]:
                    var resource = server.Resources.Single(r => r.Kind == kind);
                    return server.Store.Delete(resource, ns == "-" ? null : ns, name) ? $"ok deleted {kind}/{name}" : $"error no {kind}/{name}";
                case ["forbid", var key]:
                    server.Forbidden[key] = true;
                    return $"ok forbidden {key}";
                case ["compact"]:
                    server.Store.Compact();
                    return "ok compacted";
                case ["drop-watches"]:
                    server.DropWatches();
                    return "ok dropped";
                default:
                    return $"error unknown command: {line}";
            }
        }
#pragma warning disable CA1031 // A bad command is answered, never fatal.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"error {ex.Message}";
        }
    }
}
