namespace WebhookServer.Health;

/// <summary>Whether a snapshot can answer requests now, and a sentence saying what it serves or why not.</summary>
public sealed record SnapshotStatus(bool Ready, string Reason);

/// <summary>A snapshot that knows its own state without being asked for objects (a watched directory).</summary>
public interface ISnapshotState
{
    /// <summary>The state now; cheap, never blocks.</summary>
    SnapshotStatus Status { get; }
}
