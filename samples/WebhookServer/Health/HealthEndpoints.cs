using System.Globalization;
using MetalLb.Validation.Admission;

namespace WebhookServer.Health;

/// <summary>
/// <c>/healthz</c> (liveness): the process serves HTTP; it touches neither the snapshot nor the validation slots, so it
/// answers in milliseconds whatever validation is doing. <c>/readyz</c> (readiness): a good snapshot exists; 503 with
/// the reason while it does not.
/// </summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan ReadyCheck = TimeSpan.FromSeconds(3);

    public static void Map(WebApplication app, IClusterSnapshot snapshot)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (HttpContext context) =>
        {
            var status = await StatusAsync(snapshot, context.RequestAborted).ConfigureAwait(false);
            return Results.Text((status.Ready ? "ready: " : "not ready: ") + status.Reason, "text/plain", statusCode: status.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static async Task<SnapshotStatus> StatusAsync(IClusterSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot is ISnapshotState state)
        {
            return state.Status;
        }

        // Other snapshots are asked for their objects: that lists when the last round is old,
        // so a pod becomes ready without waiting for a first admission request.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReadyCheck);
        try
        {
            var objects = await snapshot.GetObjectsAsync(timeout.Token).ConfigureAwait(false);
            return new SnapshotStatus(true, string.Create(CultureInfo.InvariantCulture, $"{objects.Count} objects"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SnapshotStatus(false, string.Create(CultureInfo.InvariantCulture, $"the cluster could not be read within {ReadyCheck.TotalSeconds:0} s"));
        }
#pragma warning disable CA1031 // Any failure of the snapshot is the answer: not ready, with its message.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new SnapshotStatus(false, ex.Message);
        }
    }
}
