using System.Diagnostics;
using WebhookServer.Manifests;

namespace WebhookServer.Tests;

/// <summary>The manifests directory read once, re-read on change, and never mistaken for an empty cluster.</summary>
public sealed class WatchedManifestsSnapshotTests : IDisposable
{
    private const string PoolA = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: a, namespace: metallb-system}\nspec: {addresses: [10.0.0.0/24]}\n";
    private const string PoolB = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: b, namespace: metallb-system}\nspec: {addresses: [10.0.1.0/24]}\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("manifests-").FullName;
    private readonly CapturingLogger _log = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WatchedManifestsSnapshot Watch(TimeProvider? time = null, double maxStaleSeconds = 30) =>
        new(new ManifestsSettings { Directory = _directory, RecheckInterval = TimeSpan.FromMilliseconds(100), Debounce = TimeSpan.FromMilliseconds(20), MaxStaleness = TimeSpan.FromSeconds(maxStaleSeconds) }, _log, time);

    private static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value) || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<IReadOnlyList<string>> NamesAsync(WatchedManifestsSnapshot snapshot) =>
        [.. (await snapshot.GetObjectsAsync(CancellationToken.None)).Select(o => o.Name ?? string.Empty).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task SameList_UntilAFileChanges_ThenTheNewContent()
    {
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        using var snapshot = Watch();

        var first = await snapshot.GetObjectsAsync(CancellationToken.None);
        await Task.Delay(300);
        var again = await snapshot.GetObjectsAsync(CancellationToken.None);
        File.WriteAllText(Path.Combine(_directory, "b.yaml"), PoolB);
        var names = await Eventually(() => NamesAsync(snapshot), n => n.Count == 2);

        Assert.Same(first, again);
        Assert.Equal(["a", "b"], names);
        Assert.True(snapshot.Status.Ready);
    }

    [Fact]
    public async Task ConfigMapLayout_ReadsEachFileOnce_AndFollowsTheSwap()
    {
        // What the kubelet mounts: files are links into ..data, which links to a timestamped directory, swapped atomically.
        var first = Directory.CreateDirectory(Path.Combine(_directory, "..2026_12_05_06_00_00.000000001")).FullName;
        File.WriteAllText(Path.Combine(first, "pools.yaml"), PoolA);
        File.CreateSymbolicLink(Path.Combine(_directory, "..data"), "..2026_12_05_06_00_00.000000001");
        File.CreateSymbolicLink(Path.Combine(_directory, "pools.yaml"), "..data/pools.yaml");
        using var snapshot = Watch();

        var before = await NamesAsync(snapshot);
        var second = Directory.CreateDirectory(Path.Combine(_directory, "..2026_12_05_06_01_00.000000002")).FullName;
        File.WriteAllText(Path.Combine(second, "pools.yaml"), PoolB);
        File.CreateSymbolicLink(Path.Combine(_directory, "..data_tmp"), "..2026_12_05_06_01_00.000000002");
        using (var rename = Process.Start("mv", ["-Tf", Path.Combine(_directory, "..data_tmp"), Path.Combine(_directory, "..data")]))
        {
            await rename.WaitForExitAsync();
            Assert.Equal(0, rename.ExitCode);
        }

        var after = await Eventually(() => NamesAsync(snapshot), n => n.SequenceEqual(["b"]));

        Assert.Equal(["a"], before);
        Assert.Equal(["b"], after);
    }

    [Fact]
    public async Task Fifo_IsSkippedWithALogLine_NeverOpened()
    {
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_directory, "pipe.yaml")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var snapshot = Watch();

        Assert.Equal(["a"], await NamesAsync(snapshot));
        Assert.Contains("Skipped pipe.yaml: not a regular file", _log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDirectory_IsNotAnEmptyCluster()
    {
        Directory.Delete(_directory);
        using var snapshot = Watch();

        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
        Assert.False(snapshot.Status.Ready);
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public async Task DirectoryMadeLater_IsRead_AndWatchedFromThen()
    {
        Directory.Delete(_directory);
        using var snapshot = Watch();
        await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        var ready = await Eventually(() => Task.FromResult(snapshot.Status), s => s.Ready);
        File.WriteAllText(Path.Combine(_directory, "b.yaml"), PoolB);
        var names = await Eventually(() => NamesAsync(snapshot), n => n.Count == 2);

        Assert.True(ready.Ready, ready.Reason);
        Assert.Equal(["a", "b"], names);
    }

    [Fact]
    public async Task BinaryJunk_IsRefusedWithTheFileName()
    {
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        File.WriteAllBytes(Path.Combine(_directory, "junk.yaml"), [0x00, 0xff, 0xfe, 0x01, 0x80, 0x00, 0x7f]);
        using var snapshot = Watch();

        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Contains("junk.yaml", failure.Message, StringComparison.Ordinal);
        Assert.Contains("junk.yaml", snapshot.Status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HalfWrittenFile_KeepsTheLastGoodSnapshot_ForABoundedTime_ThenRecovers()
    {
        var clock = new ManualClock();
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        using var snapshot = Watch(clock, maxStaleSeconds: 30);
        var good = await snapshot.GetObjectsAsync(CancellationToken.None);

        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA[..40]);
        var degraded = await Eventually(() => Task.FromResult(snapshot.Status), s => s.Reason.StartsWith("serving", StringComparison.Ordinal));
        var served = await snapshot.GetObjectsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(31));
        var stale = snapshot.Status;
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA + "---\n" + PoolB);
        var recovered = await Eventually(() => Task.FromResult(snapshot.Status), s => s.Ready && !s.Reason.StartsWith("serving", StringComparison.Ordinal));

        Assert.True(degraded.Ready);
        Assert.Contains("a.yaml", degraded.Reason, StringComparison.Ordinal);
        Assert.Same(good, served);
        Assert.False(stale.Ready);
        Assert.True(recovered.Ready, recovered.Reason);
        Assert.Equal(["a", "b"], await NamesAsync(snapshot));
    }

    [Fact]
    public async Task DeletedDirectory_AfterAGoodRead_FailsClosedOnceStale()
    {
        var clock = new ManualClock();
        File.WriteAllText(Path.Combine(_directory, "a.yaml"), PoolA);
        using var snapshot = Watch(clock, maxStaleSeconds: 5);
        await snapshot.GetObjectsAsync(CancellationToken.None);

        Directory.Delete(_directory, recursive: true);
        await Eventually(() => Task.FromResult(snapshot.Status), s => s.Reason.StartsWith("serving", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromSeconds(6));

        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());
        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
        Directory.CreateDirectory(_directory);
    }
}
