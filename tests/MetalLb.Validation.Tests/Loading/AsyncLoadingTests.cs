using System.Text;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Loading;

public sealed class AsyncLoadingTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot.Path, "samples", "configs");

    [Fact]
    public async Task LoadPathsAsync_LoadsWhatLoadPathsLoads()
    {
        var paths = new[] { Samples, Path.Combine(RepositoryRoot.Path, "samples", "topology", "manifests", "missing.yaml") };

        var expected = ConfigurationLoader.LoadPaths(paths);
        var actual = await ConfigurationLoader.LoadPathsAsync(paths);

        Assert.Equal(expected.Objects.Select(o => (o.Kind, o.Name, o.Location)), actual.Objects.Select(o => (o.Kind, o.Name, o.Location)));
        Assert.Equal(expected.LoadDiagnostics, actual.LoadDiagnostics);
        Assert.Contains(actual.LoadDiagnostics, d => d.RuleId == "MLB0007" && d.Message.Contains("missing.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidatePathsAsync_ReportsWhatValidatePathsReports()
    {
        var validator = new MetalLbValidator();

        var expected = Json(validator.ValidatePaths(Samples));
        var actual = Json(await validator.ValidatePathsAsync([Samples]));

        Assert.Equal(expected, actual);
        Assert.Contains("MLB0104", actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddStreamAsync_ReadsAStreamThatArrivesInPieces_AndReportsBadBytesWhereAddStreamDoes()
    {
        var bytes = Encoding.UTF8.GetBytes(Check.Pool("a", "10.0.0.0/24") + "---\n" + Check.Pool("b", "10.0.1.0/24") + "---\n# tail\n").ToList();
        bytes.Insert(bytes.Count - 2, 0xff);

        var expected = new ConfigurationLoader().AddStream(new MemoryStream([.. bytes]), "in.yaml").Build();
        var actual = (await new ConfigurationLoader().AddStreamAsync(new TrickleStream([.. bytes]), "in.yaml")).Build();

        Assert.Equal(2, actual.Objects.Count);
        Assert.Equal(expected.Objects.Count, actual.Objects.Count);
        Assert.Equal(expected.LoadDiagnostics, actual.LoadDiagnostics);
        Assert.Contains(actual.LoadDiagnostics, d => d.RuleId == "MLB0007");
    }

    [Fact]
    public async Task AddStreamAsync_StopsWhenCancelledWhileWaitingForData()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ConfigurationLoader().AddStreamAsync(pipe, "stdin", cancel.Token));
    }

    [Fact]
    public async Task AsyncEntryPoints_ThrowWhenCancelledBeforehand_AndMakeNoReport()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConfigurationLoader.LoadPathsAsync([Samples], cancellationToken: cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new MetalLbValidator().ValidatePathsAsync([Samples], cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ConfigurationLoader().AddFileAsync(Path.Combine(Samples, "pools.yaml"), cancel.Token));
    }

    [Fact]
    public async Task AddPathAsync_ReadsOnlyTheFilesIncludeAccepts_AndNotesADirectoryWithoutManifests()
    {
        var loader = await new ConfigurationLoader().AddPathAsync(Samples, file => file.EndsWith("pools.yaml", StringComparison.Ordinal));
        Assert.All(loader.Build().Objects, o => Assert.EndsWith("pools.yaml", o.Location.File, StringComparison.Ordinal));

        var empty = Directory.CreateTempSubdirectory();
        try
        {
            var set = (await new ConfigurationLoader().AddPathAsync(empty.FullName)).Build();
            Assert.Equal(new ConfigurationLoader().AddPath(empty.FullName).Build().LoadDiagnostics, set.LoadDiagnostics);
            Assert.NotEmpty(set.LoadDiagnostics);
        }
        finally
        {
            empty.Delete();
        }
    }

    private static string Json(ValidationReport report)
    {
        using var text = new StringWriter();
        new JsonReportFormatter().Write(report, text);
        return text.ToString();
    }

    /// <summary>A stream that is not seekable and hands out three bytes a read, asynchronously.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read synchronously");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            var n = Math.Min(Math.Min(3, buffer.Length), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer.Span);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
