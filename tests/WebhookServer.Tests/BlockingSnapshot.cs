using MetalLb.Validation.Admission;
using MetalLb.Validation.Model;

namespace WebhookServer.Tests;

/// <summary>A snapshot that holds every caller until released or cancelled, and records cancellations.</summary>
public sealed class BlockingSnapshot : IClusterSnapshot
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _cancelled;

    public int Cancelled => Volatile.Read(ref _cancelled);

    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public async ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        try
        {
            await _release.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }

        return [];
    }
}
