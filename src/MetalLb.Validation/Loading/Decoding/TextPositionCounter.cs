using System.Buffers;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>
/// Follows the line and column at the end of decoded text as YamlDotNet counts them, so positions agree with the
/// parser's: columns in UTF-16 code units, and CR LF, CR, LF, NEL, LS and PS each end a line.
/// </summary>
internal sealed class TextPositionCounter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");
    private bool _afterCarriageReturn;

    public long Line { get; private set; } = 1;

    public long Column { get; private set; } = 1;

    /// <summary>Characters counted so far: the index YamlDotNet gives the next one.</summary>
    public long Characters { get; private set; }

    public void Advance(ReadOnlySpan<char> text)
    {
        Characters += text.Length;
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(LineBreaks);
            if (at < 0)
            {
                Column += text.Length;
                _afterCarriageReturn = false;
                return;
            }

            // The LF of a CR LF split between two blocks ends no new line.
            if (!(at == 0 && _afterCarriageReturn && text[0] == '\n'))
            {
                Line++;
            }

            Column = 1;
            _afterCarriageReturn = text[at] == '\r';
            text = text[(at + 1)..];
        }
    }
}
