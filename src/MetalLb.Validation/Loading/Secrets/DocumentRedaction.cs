using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Secrets;

/// <summary>A document with its shared secrets redacted, and the secrets themselves so that messages quoting a scalar can hide them.</summary>
internal sealed class DocumentRedaction(DocNode root, IReadOnlySet<DocScalar> secrets)
{
    public DocNode Root { get; } = root;

    /// <summary>The scalar's text, or <c>(redacted)</c> when it is a secret.</summary>
    public string Quote(DocScalar scalar) => secrets.Contains(scalar) ? SharedSecretRedactor.Placeholder : scalar.Text;
}
