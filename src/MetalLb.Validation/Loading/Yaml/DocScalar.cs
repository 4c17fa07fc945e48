using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A scalar with its raw text and whether it was quoted, which decides how YAML types it.</summary>
internal sealed class DocScalar(SourceSpan span, string text, bool isPlain) : DocNode(span)
{
    public string Text { get; } = text;

    /// <summary>Unquoted, so YAML resolves it to null, bool, number or string by its text.</summary>
    public bool IsPlain { get; } = isPlain;

    private byte _kind; // ScalarKind + 1 once resolved: readers ask for it on every field they read.

    public ScalarKind Kind
    {
        get
        {
            if (_kind == 0)
            {
                _kind = (byte)((IsPlain ? ScalarTyping.Resolve(Text) : ScalarKind.String) + 1);
            }

            return (ScalarKind)(_kind - 1);
        }
    }

    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Bool => $"the boolean {Text}",
        ScalarKind.Integer or ScalarKind.Float => $"the number {Text}",
        _ => "a string",
    };
}
