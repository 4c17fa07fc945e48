using System.Text.Json;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// <c>node-check --watch</c>'s loop: each round (at start, then every interval) reads this host's interfaces and the
/// configuration again and validates them as the node. A round that fails (an input that cannot be read, an error)
/// keeps the last good state and says why; nothing here ends the process.
/// </summary>
internal sealed class AgentRounds : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<HostLink>> _readInterfaces;
    private readonly Func<ConfigurationSet> _load;
    private readonly MetalLbValidator _validator;
    private readonly Lock _gate = new();
    private readonly EveryInterval _loop;
    private long _rounds;
    private long _failures;

    public AgentRounds(AgentSettings settings, Func<IReadOnlyList<HostLink>> readInterfaces, Func<ConfigurationSet> load, TimeProvider? time = null)
    {
        Settings = settings;
        _readInterfaces = readInterfaces;
        _load = load;
        _validator = new MetalLbValidator(settings.Options);
        Time = time ?? TimeProvider.System;
        _loop = new EveryInterval(settings.Interval, Time, _ =>
        {
            RunRound();
            return Task.CompletedTask;
        });
    }

    public AgentSettings Settings { get; }

    public TimeProvider Time { get; }

    /// <summary>The last good round, or null before the first.</summary>
    public AgentState? Current { get; private set; }

    /// <summary>The last read of the interfaces, or null before the first.</summary>
    public InterfacesRead? Interfaces { get; private set; }

    /// <summary>Why the last round failed, or null when it did not.</summary>
    public string? LastError { get; private set; }

    public TimeSpan? LastRoundDuration { get; private set; }

    public DurationHistogram Durations { get; } = new();

    public long Rounds => Interlocked.Read(ref _rounds);

    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Raised after each round with its state (null when it failed) and the state before it.</summary>
    public event Action<AgentState?, AgentState?>? RoundDone;

    public void Start() => _loop.Start();

    /// <summary>One round; false when it failed (the last good state stays).</summary>
    public bool RunRound()
    {
        lock (_gate)
        {
            var started = Time.GetTimestamp();
            var previous = Current;
            AgentState? state = null;
            try
            {
                var links = _readInterfaces();
                Interfaces = new InterfacesRead(Time.GetUtcNow(), links, IpAddressJson.Write(links));
                var interfaces = LocalInterfaces.Of(Settings.Node, links.Select(l => l.State).ToList());
                var set = _load();
                if (set.LoadDiagnostics.FirstOrDefault(d => d.RuleId == MetalLbRules.Unreadable.Id) is { } unreadable)
                {
                    throw new AgentRoundException($"the configuration cannot be read: {unreadable.Message}");
                }

                var report = NodeCheck.Validate(_validator, set, Settings.Node, interfaces);
                var took = Time.GetElapsedTime(started);
                var generation = (previous?.Generation ?? 0) + 1;
                var at = Time.GetUtcNow();
                state = new AgentState(generation, at, took, report, interfaces, Findings(report, Settings.Node, generation, at));
                Current = state;
                LastError = null;
            }
#pragma warning disable CA1031 // A round that fails for any reason is reported and the loop goes on (the agent never exits on a bad round).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref _failures);
                LastError = ex is AgentRoundException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            }

            var duration = Time.GetElapsedTime(started);
            LastRoundDuration = duration;
            Durations.Observe(duration.TotalSeconds);
            Interlocked.Increment(ref _rounds);
            RoundDone?.Invoke(state, previous);
            return state is not null;
        }
    }

    public AgentReadiness Readiness() => AgentReadiness.Of(this);

    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    /// <summary><c>/api/v1/findings</c>: what <c>node-check --format json</c> prints, with the node, the round and its time in front.</summary>
    private static byte[] Findings(ValidationReport report, string node, long generation, DateTimeOffset at)
    {
        using var text = new StringWriter();
        new JsonReportFormatter().Write(report, text);
        using var parsed = JsonDocument.Parse(text.ToString());
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportFormatter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("node", node);
            json.WriteNumber("generation", generation);
            json.WriteString("validatedAt", at.UtcDateTime);
            foreach (var property in parsed.RootElement.EnumerateObject())
            {
                property.WriteTo(json);
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}

/// <summary>A round that failed for a reason said in plain words (no exception type in front).</summary>
internal sealed class AgentRoundException(string message) : Exception(message);
