using System.Text.Json;

namespace WebhookServer.Validate;

/// <summary>
/// <c>request.uid</c> of a review that will not be validated (busy, too large), so the API server can match the
/// refusal to its call; empty when the bytes do not say.
/// </summary>
internal static class ReviewUid
{
    private const int MaxTokensScanned = 10_000;

    public static string Find(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 128 });
            var inRequest = false;
            for (var tokens = 0; tokens < MaxTokensScanned && reader.Read(); tokens++)
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1 && reader.ValueTextEquals("request"u8))
                {
                    inRequest = true;
                }
                else if (inRequest && reader.CurrentDepth == 2 && reader.ValueTextEquals("uid"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString() ?? string.Empty;
                }
                else if (reader.CurrentDepth == 1)
                {
                    inRequest = false;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not readable: the refusal carries no uid.
        }

        return string.Empty;
    }
}
