using System.Text;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Options;

public class CancellationTests
{
    private static readonly string Yaml = Check.Pool("p", "10.0.0.0/24") + Check.L2All;

    [Fact]
    public void PreCancelledToken_ThrowsBeforeAnyWork()
    {
        var cancelled = new CancellationToken(canceled: true);
        var validator = new MetalLbValidator();
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "pool.yaml"), Yaml);

            Assert.ThrowsAny<OperationCanceledException>(() => ConfigurationLoader.LoadText(Yaml, cancellationToken: cancelled));
            Assert.ThrowsAny<OperationCanceledException>(() => ConfigurationLoader.LoadPaths([directory.FullName], cancellationToken: cancelled));
            Assert.ThrowsAny<OperationCanceledException>(() => new ConfigurationLoader().AddStream(new MemoryStream(Encoding.UTF8.GetBytes(Yaml)), "s", cancelled));
            Assert.ThrowsAny<OperationCanceledException>(() => validator.ValidateText(Yaml, cancellationToken: cancelled));
            Assert.ThrowsAny<OperationCanceledException>(() => validator.ValidatePaths([directory.FullName], cancelled));
            Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(ConfigurationLoader.LoadText(Yaml), cancelled));
            Assert.Empty(validator.ValidatePaths([directory.FullName], CancellationToken.None).Diagnostics);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TokenCancelledWhileLoadingALargeStream_StopsAtTheNextDocument()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => Check.Pool($"p{i}", $"10.{i / 250}.{i % 250}.0/24") + "---\n"));
        using var cancellation = new CancellationTokenSource();
        using var stream = new CancelAfterStream(Encoding.UTF8.GetBytes(text), cancelAfterBytes: 64 * 1024, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => new ConfigurationLoader().AddStream(stream, "big.yaml", cancellation.Token));
        Assert.True(stream.Position < stream.Length, "reading went on to the end of the input after cancellation");
    }

    [Fact]
    public void TokenCancelledDuringValidation_ThrowsBetweenRules_NoReport()
    {
        using var cancellation = new CancellationTokenSource();
        var later = new RecordingRule("MLB9992");
        var catalog = new RuleCatalog([CancellingRule("MLB9991", cancellation), later.Rule]);

        Assert.ThrowsAny<OperationCanceledException>(() => new MetalLbValidator(catalog: catalog).ValidateText(Yaml, cancellationToken: cancellation.Token));
        Assert.False(later.Ran);
    }

    [Fact]
    public void TokenCancelledByTheLastRule_StillThrows()
    {
        using var cancellation = new CancellationTokenSource();
        var catalog = new RuleCatalog([CancellingRule("MLB9991", cancellation)]);

        Assert.ThrowsAny<OperationCanceledException>(() => new MetalLbValidator(catalog: catalog).ValidateText(Yaml, cancellationToken: cancellation.Token));
    }

    private static Rule CancellingRule(string id, CancellationTokenSource cancellation) =>
        Rule.ForSet(new RuleDescriptor(id, "cancels the run", RuleCategory.Pools, DiagnosticSeverity.Info), _ => cancellation.Cancel());

    private sealed class RecordingRule
    {
        public RecordingRule(string id) => Rule = Rule.ForSet(new RuleDescriptor(id, "records that it ran", RuleCategory.Pools, DiagnosticSeverity.Info), _ => Ran = true);

        public Rule Rule { get; }

        public bool Ran { get; private set; }
    }

    /// <summary>A stream that cancels a token once a given number of bytes has been read from it, as a caller's timeout would mid-read.</summary>
    private sealed class CancelAfterStream(byte[] bytes, int cancelAfterBytes, CancellationTokenSource cancellation) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (Position >= cancelAfterBytes)
            {
                cancellation.Cancel();
            }

            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            if (Position >= cancelAfterBytes)
            {
                cancellation.Cancel();
            }

            return read;
        }
    }
}
