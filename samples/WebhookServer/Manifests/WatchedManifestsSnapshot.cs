using System.Globalization;
using System.Threading.Channels;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using Microsoft.Extensions.Logging.Abstractions;
using WebhookServer.Health;

namespace WebhookServer.Manifests;

/// <summary>
/// The cluster read from a directory of manifests once, and again only when it changes (a file-system watcher plus a
/// periodic comparison of names, link targets, sizes and times, debounced). Requests get the same list instance until
/// then, so <see cref="AdmissionHandler"/> keeps the cluster's own findings.
/// </summary>
/// <remarks>
/// Fails closed: a missing or unreadable directory, an unreadable file or a manifest that does not parse is never read
/// as an empty cluster. The last good snapshot is served for <see cref="ManifestsSettings.MaxStaleness"/> while the
/// files are retried (a file caught half-written parses on the next try); after that, and when nothing good was ever
/// read, requests are refused with the reason and <c>/readyz</c> says not ready.
/// </remarks>
public sealed class WatchedManifestsSnapshot : IClusterSnapshot, ISnapshotState, IDisposable
{
    private readonly ManifestsSettings _settings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _firstRead;
    private readonly Task _loop;
    private readonly Lock _refreshing = new();
    private FileSystemWatcher? _watcher;
    private volatile State _state = new(null, null, "nothing has been read yet", string.Empty);

    /// <summary>Starts reading <see cref="ManifestsSettings.Directory"/> and watching it.</summary>
    public WatchedManifestsSnapshot(ManifestsSettings settings, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _firstRead = Task.Run(Refresh);
        _loop = Task.Run(LoopAsync);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken)
    {
        if (!_firstRead.IsCompleted)
        {
            await _firstRead.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var state = _state;
        return Usable(state) ? state.Good!.Objects : throw new ClusterSnapshotUnavailableException(Describe(state));
    }

    /// <inheritdoc />
    public SnapshotStatus Status
    {
        get
        {
            var state = _state;
            return new SnapshotStatus(_firstRead.IsCompleted && Usable(state), _firstRead.IsCompleted ? Describe(state) : "the manifests are being read for the first time");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            Task.WaitAll([_loop, _firstRead], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping.
        }

        lock (_refreshing)
        {
            _watcher?.Dispose();
            _watcher = null;
        }

        _stop.Dispose();
    }

    private bool Usable(State state) =>
        state.Good is not null && (state.Failure is null || _time.GetUtcNow() - state.FailingSince!.Value <= _settings.MaxStaleness);

    private string Describe(State state)
    {
        var directory = _settings.Directory;
        if (state.Failure is null && state.Good is { } good)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{good.Objects.Count} objects from {good.Files} files in {directory}, read at {good.ReadAt:HH:mm:ss}Z");
        }

        if (state.Good is { } last)
        {
            var failing = _time.GetUtcNow() - state.FailingSince!.Value;
            return Usable(state)
                ? string.Create(CultureInfo.InvariantCulture, $"serving the manifests read at {last.ReadAt:HH:mm:ss}Z ({last.Objects.Count} objects) while re-reading fails, for {failing.TotalSeconds:0} s of at most {_settings.MaxStaleness.TotalSeconds:0} s: {state.Failure}")
                : string.Create(CultureInfo.InvariantCulture, $"the manifests in {directory} have not been readable for {failing.TotalSeconds:0} s (the last good read is too old to trust): {state.Failure}");
        }

        return $"no good read of the manifests in {directory} yet: {state.Failure}";
    }

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(token);
                tick.CancelAfter(_settings.RecheckInterval);
                try
                {
                    await _changed.Reader.ReadAsync(tick.Token).ConfigureAwait(false);
                    await Task.Delay(_settings.Debounce, token).ConfigureAwait(false);
                    _changed.Reader.TryRead(out _);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    // The periodic re-check.
                }

                Refresh();
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void StartWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(_settings.Directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => _changed.Writer.TryWrite(true);
            watcher.Created += (_, _) => _changed.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changed.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changed.Writer.TryWrite(true);
            watcher.Error += (_, e) => ManifestsLog.WatcherFailed(_logger, e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // A directory that does not exist yet is found by the periodic re-check.
            ManifestsLog.WatcherFailed(_logger, ex.Message);
        }
    }

    private void Refresh()
    {
        // The first read and the loop's rounds never overlap.
        lock (_refreshing)
        {
            RefreshNow();
        }
    }

    private void RefreshNow()
    {
        var state = _state;
        IReadOnlyList<ManifestFile> files;
        try
        {
            files = ManifestFiles.List(_settings.Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Fail(state, ex.Message);
            return;
        }

        var fingerprint = ManifestFiles.Fingerprint(files);
        if (state.Failure is null && state.Good is not null && fingerprint == state.Fingerprint)
        {
            return;
        }

        if (Read(files) is { } failure)
        {
            Fail(state, failure);
            return;
        }

        // A directory that was missing, or deleted and made again, has no live watcher: watch the one there now.
        if (_watcher is null || state.Failure is not null)
        {
            _watcher?.Dispose();
            _watcher = null;
            StartWatcher();
        }
    }

    private string? Read(IReadOnlyList<ManifestFile> files)
    {
        var loader = new ConfigurationLoader();
        var read = 0;
        foreach (var file in files)
        {
            byte[]? bytes;
            string? refused;
            try
            {
                bytes = RegularFile.ReadAll(file.Path, _settings.MaxFileBytes, out refused);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"{file.Name} could not be read: {ex.Message}";
            }

            if (bytes is null)
            {
                ManifestsLog.Skipped(_logger, file.Name, refused!);
                continue;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            loader.AddStream(stream, file.Name);
            read++;
        }

        var set = loader.Build();
        if (set.LoadDiagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            var where = error.Location.IsKnown ? string.Create(CultureInfo.InvariantCulture, $"{error.Location.File}:{error.Location.Line}") : error.Location.File ?? "a manifest";
            return $"{where}: {error.RuleId} {error.Message}";
        }

        // The fingerprint from before reading: a file written while it was read has a newer time, so it is read again.
        _state = new State(new Good(set.Objects, read, _time.GetUtcNow()), null, null, ManifestFiles.Fingerprint(files));
        ManifestsLog.Read(_logger, set.Objects.Count, read, _settings.Directory);
        return null;
    }

    private void Fail(State state, string failure)
    {
        if (failure != state.Failure)
        {
            ManifestsLog.Failed(_logger, failure);
        }

        _state = state with { Failure = failure, FailingSince = state.FailingSince ?? _time.GetUtcNow() };
    }

    private sealed record Good(IReadOnlyList<KubernetesObject> Objects, int Files, DateTimeOffset ReadAt);

    private sealed record State(Good? Good, DateTimeOffset? FailingSince, string? Failure, string Fingerprint);
}
