using System.Diagnostics;

namespace WebhookServer.Validate;

/// <summary>
/// At most a fixed number of validations at once (validation is CPU-bound; more at once only makes each slower). A
/// request that would wait past its deadline is refused at once, from the queue ahead of it and how long a validation
/// has been taking, instead of holding a connection until the API server gives up.
/// </summary>
internal sealed class ValidationGate(int slots) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(slots, slots);
    private int _waiting;
    private long _averageTicks = TimeSpan.FromMilliseconds(10).Ticks;

    public int Slots { get; } = slots;

    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>How long one validation has been taking lately (a moving average).</summary>
    public TimeSpan Typical => TimeSpan.FromTicks(Interlocked.Read(ref _averageTicks));

    /// <summary>A slot, or null when none frees up in time to finish within <paramref name="remaining"/>.</summary>
    public async Task<Lease?> EnterAsync(TimeSpan remaining, CancellationToken cancellationToken)
    {
        var typical = Typical;
        var ahead = Waiting + 1.0;
        var expectedWait = typical * Math.Ceiling(ahead / Slots);
        // Leave room to validate and answer after the wait.
        var wait = remaining - Max(typical * 2, TimeSpan.FromMilliseconds(100));
        if (_slots.CurrentCount == 0 && (expectedWait > remaining || wait <= TimeSpan.Zero))
        {
            return null;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return await _slots.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken).ConfigureAwait(false)
                ? new Lease(this)
                : null;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void Dispose() => _slots.Dispose();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void Leave(TimeSpan took)
    {
        _slots.Release();
        long seen, next;
        do
        {
            seen = Interlocked.Read(ref _averageTicks);
            next = seen + ((took.Ticks - seen) / 8);
        }
        while (Interlocked.CompareExchange(ref _averageTicks, next, seen) != seen);
    }

    internal sealed class Lease(ValidationGate gate) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gate.Leave(Stopwatch.GetElapsedTime(_started));
            }
        }
    }
}
