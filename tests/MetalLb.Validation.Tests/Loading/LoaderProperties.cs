using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Loading;

/// <summary>Loading and validating anything never throws, and every document is accounted for.</summary>
public class LoaderProperties
{
    private static readonly string[] Fragments =
    [
        "apiVersion: metallb.io/v1beta1\n", "kind: IPAddressPool\n", "kind: BGPPeer\n", "apiVersion: metallb.io/v1beta2\n",
        "metadata: {name: a, namespace: metallb-system}\n", "spec:\n", "  addresses: [10.0.0.0/24, \"fd00::/120\"]\n",
        "  myASN: 64500\n", "  nodeSelectors: [{matchLabels: {a: b}}]\n", "---\n", "...\n", "- ", "  - ", "&a ", "*a", "<<: *a\n",
        "{", "}", "[", "]", ": ", ", ", "\"", "'", "|\n", ">-\n", "#", "!!str ", "!!binary ", "%YAML 1.2\n", "\t", "\0", "\ufeff",
        "key: value\n", "  ", "\n", "99999999999999999999", "-1", "0x", "1e400", "yes", "null", "~",
    ];

    private static readonly Gen<string> YamlishText = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements(Fragments).ArrayOf().Select(string.Concat));

    [Property(MaxTest = 400)]
    public Property AnyText_NeverThrows_AndEveryDocumentIsAccounted()
    {
        return Prop.ForAll(YamlishText.ToArbitrary(), text =>
        {
            var set = ConfigurationLoader.LoadText(text, "any.yaml");
            var report = new MetalLbValidator().Validate(set);
            var source = Assert.Single(set.Sources);
            var accounted = source.Modelled + source.Skipped + source.Empty + source.Reported == source.Documents;
            var explained = (source.Reported == 0 && !source.Unread) || set.LoadDiagnostics.Count > 0;
            return (accounted && explained && !report.For("MLB0000").Any()).Label($"{source} with {set.LoadDiagnostics.Count} load findings");
        });
    }

    [Property(MaxTest = 200)]
    public Property AnyBytes_NeverThrow()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var set = new ConfigurationLoader().AddStream(new MemoryStream(bytes ?? []), "any.yaml").Build();
            return !new MetalLbValidator().Validate(set).For("MLB0000").Any();
        });
    }

    private enum DocumentKind
    {
        Pool,
        OtherKind,
        Empty,
        NotAnObject,
        WrongVersion,
    }

    /// <summary>Streams of well-formed documents: every one is counted in the bucket it belongs to.</summary>
    [Property(MaxTest = 200)]
    public Property WellFormedDocuments_AreCountedInTheirBucket()
    {
        return Prop.ForAll(Gen.Elements(Enum.GetValues<DocumentKind>()).ListOf().ToArbitrary(), kinds =>
        {
            var documents = new List<string>();
            var i = 0;
            foreach (var kind in kinds)
            {
                documents.Add(kind switch
                {
                    DocumentKind.Pool => Check.Pool($"p{i++}", "10.0.0.0/24").Replace("---\n", string.Empty, StringComparison.Ordinal),
                    DocumentKind.OtherKind => "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
                    DocumentKind.Empty => "~\n",
                    DocumentKind.NotAnObject => "just a string\n",
                    _ => "apiVersion: metallb.io/v1alpha1\nkind: IPAddressPool\nmetadata: {name: old}\n",
                });
            }

            var source = ConfigurationLoader.LoadText(string.Join("---\n", documents)).Sources.Single();
            int Count(DocumentKind k) => kinds.Count(x => x == k);
            return (source.Documents == kinds.Count
                    && source.Modelled == Count(DocumentKind.Pool)
                    && source.Skipped == Count(DocumentKind.OtherKind)
                    && source.Empty == Count(DocumentKind.Empty)
                    && source.Reported == Count(DocumentKind.NotAnObject) + Count(DocumentKind.WrongVersion)
                    && !source.Unread)
                .Label(source.ToString());
        });
    }
}
