namespace MetalLb.Validation.Cli.Monitor;

/// <summary>A Prometheus histogram of validation durations in seconds: cumulative buckets, a sum and a count.</summary>
internal sealed class DurationHistogram
{
    public static readonly double[] Bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly long[] _counts = new long[Bounds.Length];
    private readonly Lock _gate = new();
    private double _sum;
    private long _count;

    public void Observe(double seconds)
    {
        lock (_gate)
        {
            for (var i = 0; i < Bounds.Length; i++)
            {
                if (seconds <= Bounds[i])
                {
                    _counts[i]++;
                }
            }

            _sum += seconds;
            _count++;
        }
    }

    /// <summary>The cumulative count per bound, the sum and the count, read together.</summary>
    public (long[] Cumulative, double Sum, long Count) Read()
    {
        lock (_gate)
        {
            return ((long[])_counts.Clone(), _sum, _count);
        }
    }
}
