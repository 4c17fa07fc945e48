using System.Collections.Concurrent;

namespace WebhookServer.Load;

/// <summary>Latencies and outcomes of one phase.</summary>
internal sealed class Stats
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);

    public int Count => _milliseconds.Count;

    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    public void Add(TimeSpan took, string outcome)
    {
        _milliseconds.Add(took.TotalMilliseconds);
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    public int Of(string outcome) => _outcomes.TryGetValue(outcome, out var n) ? n : 0;

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => _milliseconds.IsEmpty ? double.NaN : _milliseconds.Max();
}
