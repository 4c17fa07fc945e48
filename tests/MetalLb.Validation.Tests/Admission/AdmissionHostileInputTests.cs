using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Admission;

/// <summary>
/// Whatever bytes arrive, the handler answers with a well-formed review: 400 with a plain message for malformed ones,
/// never an exception and never a 500. The inputs in fuzz/admission/regressions are the cases found so far.
/// </summary>
public class AdmissionHostileInputTests
{
    private static readonly AdmissionHandler Handler = Reviews.Handler(Check.Pool("public", "203.0.113.0/25"));

    private static readonly byte[] ValidReview = Encoding.UTF8.GetBytes(Reviews.Review("CREATE", Reviews.Pool("office", "192.168.60.0/28")));

    public static TheoryData<string> Regressions() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "fuzz", "admission", "regressions")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression_Gets400WithAPlainMessage(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "fuzz", "admission", "regressions", file));

        var response = Answer(bytes);

        Assert.False(response.Allowed);
        Assert.Equal(400, response.Status!.Code);
        Assert.Equal("BadRequest", response.Status.Reason);
        Assert.DoesNotMatch(@"\n\s+at |Exception", response.Status.Message);
    }

    [Fact]
    public void InvalidUtf8InUid_NamesTheProblemAndItsPosition()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "fuzz", "admission", "regressions", "uid-invalid-utf8.json"));

        var response = Answer(bytes);

        Assert.Equal(string.Empty, response.Uid);
        Assert.Contains("not valid Unicode", response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains("at byte 78", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MillionsOfArrayElements_AreRefusedByTheTokenLimit_BeforeModelling()
    {
        var pool = Reviews.Pool("office", "192.168.60.0/28");
        var review = Reviews.Review("CREATE", pool).Replace("\"spec\":", "\"junk\":[" + string.Join(',', Enumerable.Repeat("0", 1_000_000)) + "],\"spec\":", StringComparison.Ordinal);

        var response = Answer(Encoding.UTF8.GetBytes(review));

        Assert.Equal(400, response.Status!.Code);
        Assert.Contains($"more than {AdmissionHandler.MaxReviewTokens:N0} JSON tokens", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_KeepsTheUidWhenItCanBeRead()
    {
        var review = Reviews.Review("CREATE", Reviews.Pool("office", "192.168.60.0/28"), uid: "keep-me").Replace("\"dryRun\":false", "\"dryRun\":\"yes\"", StringComparison.Ordinal);

        var response = Answer(Encoding.UTF8.GetBytes(review));

        Assert.Equal(400, response.Status!.Code);
        Assert.Equal("keep-me", response.Uid);
    }

    [Fact]
    public void FailingSnapshot_IsDeniedAs503_NotValidatedAgainstNothing()
    {
        var handler = new AdmissionHandler(new FailingSnapshot());

        var response = Answer(ValidReview, handler);

        Assert.False(response.Allowed);
        Assert.Equal(503, response.Status!.Code);
        Assert.Contains("cannot see the cluster", response.Status.Message, StringComparison.Ordinal);
        Assert.Contains("the directory is gone", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_StopsTheWork()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Handler.HandleAsync(ValidReview, cancelled.Token));
    }

    [Property(MaxTest = 300)]
    public bool RandomBytes_AlwaysGetA400Review(byte[] bytes) => Answer(bytes ?? []).Status?.Code == 400;

    [Property(MaxTest = 500)]
    public Property MutatedReview_IsAnsweredWithAllowed400Or422(int seed)
    {
        var mutated = Mutate(ValidReview, new Random(seed));
        var response = Answer(mutated);
        var ok = response.Status is null ? response.Allowed : !response.Allowed && response.Status.Code is 400 or 422;
        return ok.Label($"{Encoding.UTF8.GetString(mutated)} -> {response.Status?.Code}: {response.Status?.Message}");
    }

    private static byte[] Mutate(byte[] review, Random random)
    {
        var bytes = new List<byte>(review);
        for (var n = random.Next(1, 6); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.InsertRange(at, "\\ud800\"{}[],:0\xff"u8.ToArray().Skip(random.Next(12)).Take(random.Next(1, 4))); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.Insert(at, (byte)"\"{}[],:0 n\\"[random.Next(11)]); break;
            }
        }

        return [.. bytes];
    }

    private static AdmissionResponse Answer(byte[] bytes, AdmissionHandler? handler = null)
    {
        var review = (handler ?? Handler).HandleAsync(bytes).GetAwaiter().GetResult();
        using var parsed = JsonDocument.Parse(AdmissionHandler.Serialize(review));
        Assert.Equal("AdmissionReview", parsed.RootElement.GetProperty("kind").GetString());
        return review.Response!;
    }

    private sealed class FailingSnapshot : IClusterSnapshot
    {
        public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
            throw new DirectoryNotFoundException("the directory is gone");
    }
}
