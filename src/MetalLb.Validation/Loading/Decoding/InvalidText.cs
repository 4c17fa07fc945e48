using System.Globalization;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>Where a stream of bytes stopped being text: the first invalid bytes, their place, and how much was left unread.</summary>
/// <param name="Encoding">The encoding the bytes were read in.</param>
/// <param name="Bytes">The invalid sequence (up to four bytes).</param>
/// <param name="CutShort">True when the sequence is the start of a character that the end of the source cuts off.</param>
/// <param name="Offset">Byte offset of the sequence from where reading began (a byte order mark included).</param>
/// <param name="Line">1-based line of the sequence, as the parser would count it.</param>
/// <param name="Column">1-based column of the sequence, in UTF-16 code units as the parser counts them.</param>
/// <param name="CharacterIndex">Characters of text before the sequence (the parser's index of the position).</param>
/// <param name="UnreadBytes">Bytes from the sequence to the end of the source, when the stream knows its length.</param>
internal sealed record InvalidText(
    string Encoding, byte[] Bytes, bool CutShort, long Offset, long Line, long Column, long CharacterIndex, long? UnreadBytes)
{
    /// <summary>The finding's message; <paramref name="cutDocumentLine"/> is the line of the document the bytes cut, if any.</summary>
    public string Describe(long? cutDocumentLine)
    {
        // The bytes themselves are not shown: they may be part of a password or a Secret's value.
        var (what, these, are) = Bytes.Length == 1 ? ("a byte", "this byte", "is") : (string.Create(CultureInfo.InvariantCulture, $"{Bytes.Length} bytes"), "these bytes", "are");
        var why = CutShort ? " (the source ends inside a character)" : string.Empty;
        var rest = UnreadBytes is { } n ? string.Create(CultureInfo.InvariantCulture, $"the rest of the source ({n:N0} bytes)") : "the rest of the source";
        var cut = cutDocumentLine is { } line
            ? string.Create(CultureInfo.InvariantCulture, $", and with it the document that starts at line {line}, which holds {these}")
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{what} at byte offset {Offset} {are} not valid {Encoding}{why}; reading stopped here. Not read: {rest}{cut}. Save the source as UTF-8");
    }
}
