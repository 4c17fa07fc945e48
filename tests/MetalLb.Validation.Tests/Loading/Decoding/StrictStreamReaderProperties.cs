using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MetalLb.Validation.Tests.Loading.Decoding;

/// <summary>Wherever invalid UTF-8 lands, the finding is at its first byte and every complete document before it is modelled.</summary>
public class StrictStreamReaderProperties
{
    private static readonly byte[][] InvalidSequences =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3], [0xE2, 0x82],
        [0xF0, 0x9F, 0x98], [0xE9], [0xE9, 0xE9, 0xE9],
    ];

    private static readonly string[] Notes = ["plain", "café", "😀 grin", "中文", "tab\there", string.Empty, "ü😀é中"];

    [Property(MaxTest = 300)]
    public Property InvalidBytes_AreReportedAtTheirFirstByte_AndEarlierDocumentsAreModelled()
    {
        var cases =
            from notes in Gen.Elements(Notes).ListOf()
            from bad in Gen.Elements(InvalidSequences)
            from document in Gen.Choose(0, notes.Count)
            from place in Gen.Elements(Enum.GetValues<Place>())
            from offset in Gen.Choose(0, 12)
            from bom in Gen.Elements(true, false)
            select new Case([.. notes], bad, document, document < notes.Count ? place : Place.BeforeDocument, offset, bom);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (prefix, suffix) = c.Split();
            byte[] bytes = [.. c.Bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(prefix), .. c.Bad, .. Encoding.UTF8.GetBytes(suffix)];

            var set = StrictStreamReaderTests.Load(bytes);

            var findings = set.LoadDiagnostics.Where(d => d.RuleId == "MLB0007").ToList();
            var expected = (prefix.Count(ch => ch == '\n') + 1, prefix.Length - prefix.LastIndexOf('\n'));
            var source = set.Sources.Single();
            return (findings.Count == 1
                    && (findings[0].Location.Line, findings[0].Location.Column) == expected
                    && set.Pools.Count == c.Document
                    && source is { Unread: true } && source.Documents == c.Document && source.Modelled == c.Document
                    && set.LoadDiagnostics.All(d => d.RuleId is "MLB0007"))
                .Label($"expected {expected} and {c.Document} pools; got {set.Pools.Count} pools, {source}, findings:\n{string.Join("\n", set.LoadDiagnostics)}");
        });
    }

    private enum Place
    {
        BeforeDocument,
        InQuotedScalar,
        InPlainScalar,
    }

    /// <summary>Pools with two annotations each; the bad bytes go before document <see cref="Document"/> or inside one of its annotations.</summary>
    private sealed record Case(string[] Notes, byte[] Bad, int Document, Place Place, int Offset, bool Bom)
    {
        public (string Prefix, string Suffix) Split()
        {
            var documents = Notes.Select((note, i) => Pool(i, note)).ToList();
            var before = string.Concat(documents.Take(Document));
            if (Place is Place.BeforeDocument)
            {
                return (before, string.Concat(documents.Skip(Document)));
            }

            var document = documents[Document];
            var note = Notes[Document];
            var at = Math.Min(Offset, note.Length);
            if (at < note.Length && char.IsLowSurrogate(note[at]))
            {
                at--;
            }

            var scalar = Place is Place.InQuotedScalar ? "quoted: \"" : "plain: x";
            var cut = document.IndexOf(scalar, StringComparison.Ordinal) + scalar.Length + at;
            return (before + document[..cut], document[cut..] + string.Concat(documents.Skip(Document + 1)));
        }

        private static string Pool(int i, string note) =>
            $"apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: p{i}\n  namespace: metallb-system\n" +
            $"  annotations:\n    quoted: \"{note}\"\n    plain: x{note.Replace('\t', ' ')}\nspec:\n  addresses: [10.{i}.0.0/24]\n---\n";
    }
}
