using System.Globalization;

namespace WebhookServer.Validate;

/// <summary>
/// How long the API server waits for this call. It sends the webhook's <c>timeoutSeconds</c> as <c>?timeout=10s</c>
/// (client-go's <c>rest.Request.Timeout</c> writes it into the URL as a Go duration); a caller without it gets the
/// configured default. The answer is due a little before that, so it still arrives in time.
/// </summary>
internal static class RequestDeadline
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>The time to answer within: 80 % of the caller's timeout (at most 30 s, the API server's own maximum).</summary>
    public static TimeSpan Budget(string? timeoutQuery, TimeSpan fallback)
    {
        var timeout = TryParseGoDuration(timeoutQuery, out var parsed) && parsed > TimeSpan.Zero ? parsed : fallback;
        return (timeout > Longest ? Longest : timeout) * 0.8;
    }

    /// <summary>Parses Go's duration text as the API server writes it (<c>10s</c>, <c>1m0s</c>, <c>1.5s</c>, <c>500ms</c>).</summary>
    public static bool TryParseGoDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || text.Length > 32)
        {
            return false;
        }

        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start || !double.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            double? seconds = text.AsSpan(unitStart, i - unitStart) switch
            {
                "h" => value * 3600,
                "m" => value * 60,
                "s" => value,
                "ms" => value / 1000,
                "us" or "µs" => value / 1_000_000,
                "ns" => value / 1_000_000_000,
                _ => null,
            };
            if (seconds is null)
            {
                return false;
            }

            duration += TimeSpan.FromSeconds(Math.Min(seconds.Value, 86_400));
        }

        return true;
    }
}
