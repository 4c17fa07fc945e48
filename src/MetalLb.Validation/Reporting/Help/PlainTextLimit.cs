namespace MetalLb.Validation.Reporting.Help;

/// <summary>Keeps plain text under a length, cutting after a sentence where one ends in time.</summary>
internal static class PlainTextLimit
{
    /// <summary>GitHub code scanning's limit for <c>fullDescription.text</c>.</summary>
    public const int DescriptionLength = 1000;

    /// <summary><paramref name="text"/> when short enough, else its longest prefix ending a sentence, followed by an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = text.AsSpan(0, maxLength - 1);
        var sentenceEnd = room.LastIndexOf(". ");
        var cut = sentenceEnd > 0 ? sentenceEnd + 1 : room.Length;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
