using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WebhookServer.Tests;

/// <summary>Keeps every log entry, formatted, with its exception in full.</summary>
public sealed class CapturingLogger : ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

    public string All => string.Join("\n", Entries.Select(e => $"{e.Level}: {e.Text}"));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var structured = state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")) : string.Empty;
        Entries.Enqueue((logLevel, $"{formatter(state, exception)} [{structured}] {exception}"));
    }
}
