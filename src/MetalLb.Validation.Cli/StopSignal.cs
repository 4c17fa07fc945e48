using System.Runtime.InteropServices;

namespace MetalLb.Validation.Cli;

/// <summary>
/// For the long-running commands (monitor, node agent): waits until SIGTERM (the kubelet stopping the pod) or SIGINT
/// (Ctrl+C) and takes the signal over, so the command ends its work and exits 0 instead of being killed.
/// </summary>
internal static class StopSignal
{
    public static async Task WaitAsync()
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
