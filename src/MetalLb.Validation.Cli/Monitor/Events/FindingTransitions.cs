using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.Monitor.Events;

/// <summary>
/// What changed between two validations, as Events: each finding that is new, on the object it is about and on its
/// node; each finding that is gone, the same way. A finding that stays records nothing again.
/// </summary>
internal static class FindingTransitions
{
    public static List<FindingEvent> Between(ValidationState current, ValidationState? previous)
    {
        var now = ByKey(current.Report.Diagnostics);
        var before = previous is null ? new Dictionary<string, Diagnostic>(StringComparer.Ordinal) : ByKey(previous.Report.Diagnostics);
        var events = new List<FindingEvent>();
        foreach (var (key, d) in now.Where(p => !before.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            events.AddRange(Targets(d).Select(t => FindingEvent.Appeared(t, d)));
        }

        foreach (var (key, d) in before.Where(p => !now.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            events.AddRange(Targets(d).Select(t => FindingEvent.Cleared(t, d)));
        }

        return events;
    }

    private static Dictionary<string, Diagnostic> ByKey(IEnumerable<Diagnostic> findings)
    {
        var map = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var d in findings)
        {
            map.TryAdd(FindingEvent.KeyOf(d), d);
        }

        return map;
    }

    private static IEnumerable<EventTarget> Targets(Diagnostic d)
    {
        if (d.Resource is { Name: { Length: > 0 } } resource)
        {
            yield return EventTarget.Of(resource);
        }

        if (d.Node is { Length: > 0 } node && !(d.Resource is { Kind: "Node" } r && r.Name == node))
        {
            yield return EventTarget.Node(node);
        }
    }
}
