using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Parallel;

namespace MetalLb.Validation.Tests.Loading.Parallel;

/// <summary>
/// Generated multi-document streams, with limits that stop reading anywhere and invalid bytes in later chunks, give the
/// same configuration set and findings read in parallel as read sequentially.
/// </summary>
public class ParallelReadingProperties
{
    private static readonly Func<int, string>[] Documents =
    [
        i => $"apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: p{i % 7}\n  namespace: metallb-system\nspec:\n  addresses: [10.0.{i % 7}.0/24]\n",
        i => $"apiVersion: metallb.io/v1beta2\nkind: BGPPeer\nmetadata: {{name: peer{i}, namespace: metallb-system}}\nspec:\n  myASN: 64500\n  peerASN: {64000 + i}\n  peerAddress: 10.9.0.{i % 250}\n  password: &pw s{i}\n  bfdProfile: *pw\n",
        i => $"apiVersion: v1\nkind: Node\nmetadata:\n  name: n{i}\n  labels: {{rack: r{i % 3}}}\n",
        _ => "a: 1\na: 2\n",
        _ => string.Empty,
        _ => "# only a comment\n",
        _ => "plain: multi\n  line\n",
        _ => "block: |\n  ---\n  text\n",
        _ => "|\nat column zero\n",
        _ => "nest: [[[[[[[[1]]]]]]]]\n",
        i => $"long: {new string('x', 40 + i)}\n",
        _ => "a: &a [1, 2, 3]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n",
        _ => "open: \"quote\n",
        _ => "open: [flow\n",
        _ => "- a\nb: 1\n",
    ];

    private static readonly string[] Markers = ["---\n", "--- \n", "--- # c\n", "---\n\n"];

    private static (string Text, LoadLimits Limits, int Pieces) Generate(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(random.Next(2) == 0 ? string.Empty : "first: document\n");
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            // Mostly well-formed documents, so that errors fall in any chunk.
            var kind = random.Next(10) < 7 ? random.Next(3) : random.Next(Documents.Length);
            text.Append(Markers[random.Next(Markers.Length)]).Append(Documents[kind](i));
        }

        var limits = new LoadLimits
        {
            MaxDocuments = random.Next(3) == 0 ? random.Next(1, count + 2) : 200_000,
            MaxDepth = random.Next(3) == 0 ? random.Next(2, 12) : 64,
            MaxScalarLength = random.Next(3) == 0 ? random.Next(20, 80) : 1024 * 1024,
            MaxNodesPerDocument = random.Next(3) == 0 ? random.Next(10, 60) : 4_000_000,
        };
        var result = text.ToString();
        return (random.Next(4) == 0 ? result.Replace("\n", "\r\n", StringComparison.Ordinal) : result, limits, random.Next(2, 9));
    }

    [Property(MaxTest = 300)]
    public Property Text_ReadInParallel_IsReadAsSequentially() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var (text, limits, pieces) = Generate(seed);
            return ParallelLoads.Text(text, ParallelReading.Off, limits) == ParallelLoads.Text(text, ParallelLoads.Forced(pieces), limits);
        });

    [Property(MaxTest = 300)]
    public Property Bytes_WithInvalidUtf8Anywhere_AreReadAsSequentially() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<byte>(), (seed, invalid) =>
        {
            var (text, limits, pieces) = Generate(seed);
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            var random = new Random(seed);
            if (random.Next(3) > 0 && invalid >= 0x80)
            {
                // In the later half mostly, where a chunk other than the first holds it.
                bytes.Insert(random.Next(bytes.Count / 2, bytes.Count + 1), invalid);
            }

            var input = bytes.ToArray();
            return ParallelLoads.Bytes(input, ParallelReading.Off, limits) == ParallelLoads.Bytes(input, ParallelLoads.Forced(pieces), limits);
        });

    [Property(MaxTest = 100)]
    public Property GeneratedStreams_AreCutMostOfTheTime() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var (text, _, pieces) = Generate(seed);
            var chunks = DocumentSplitter.Split(text, pieces);
            return (chunks.Count > 1 || !DocumentSplitter.CanSplit(text) || text.Split("\n---").Length <= 2).Label($"{chunks.Count} chunks");
        });
}
