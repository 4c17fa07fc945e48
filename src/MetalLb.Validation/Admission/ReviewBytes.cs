using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace MetalLb.Validation.Admission;

/// <summary>
/// One forward pass over a review's bytes before anything is modelled: well-formed JSON, strings that are valid UTF-8
/// and free of lone surrogates (which System.Text.Json only rejects when a string is materialised, with an exception
/// that is not a <see cref="JsonException"/>), and at most <see cref="AdmissionHandler.MaxReviewTokens"/> tokens, so a
/// pathological object (millions of array elements) is refused before it becomes a tree.
/// </summary>
internal static class ReviewBytes
{
    /// <summary>Null when the bytes may be deserialised; otherwise a plain message saying what is wrong and where.</summary>
    public static string? Problem(ReadOnlySpan<byte> json, int maxDepth, int maxTokens)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var tokens = 0;
        try
        {
            while (reader.Read())
            {
                if (++tokens > maxTokens)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"the AdmissionReview has more than {maxTokens:N0} JSON tokens (refused at byte {reader.TokenStartIndex:N0}); no MetalLB object is that large");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"the AdmissionReview has a string that is not valid Unicode (invalid UTF-8 or a lone surrogate escape) at byte {reader.TokenStartIndex:N0}");
                }
            }
        }
        catch (JsonException ex)
        {
            return $"the body is not a valid AdmissionReview: {ex.Message}";
        }

        return tokens == 0 ? "the body is empty; expected an AdmissionReview" : null;
    }

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            // Unescaping is where a lone \ud800 or an escaped invalid sequence is found.
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
