using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Text.Json;

namespace WebhookServer.Load;

/// <summary>Posts reviews and reads answers, classifying each: what the API server would make of it.</summary>
internal sealed class WebhookClient(ServerProcess server, Version version, int connections) : IDisposable
{
    /// <summary>The API server's longest wait in these runs; an answer later than this is a failure.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(5);

    private readonly HttpClient _client = Create(server, version, connections);

    public static HttpClient Create(ServerProcess server, Version version, int connections)
    {
        var thumbprint = server.Certificate.GetCertHashString();
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == thumbprint },
        };
        return new HttpClient(handler)
        {
            BaseAddress = server.Address,
            Timeout = AnswerWithin,
            DefaultRequestVersion = version,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    /// <summary>Posts <paramref name="content"/> as the API server would (<c>?timeout=5s</c>) and says what came back.</summary>
    public async Task<(string Outcome, TimeSpan Took)> PostAsync(HttpContent content)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.PostAsync(new Uri("/validate?timeout=5s", UriKind.Relative), content);
            var body = await response.Content.ReadAsByteArrayAsync();
            return (Classify(response.StatusCode, body), Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException)
        {
            return ("FAIL no answer within 5 s", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            return ($"connection closed ({ex.HttpRequestError})", Stopwatch.GetElapsedTime(started));
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Classify(HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"FAIL HTTP {(int)status}";
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var response = json.RootElement.GetProperty("response");
            if (response.GetProperty("allowed").GetBoolean())
            {
                return "allowed";
            }

            var code = response.GetProperty("status").GetProperty("code").GetInt32();
            return code >= 500 && code != 503 && code != 504 ? $"FAIL code {code}" : $"code {code}";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "FAIL not an AdmissionReview";
        }
    }
}
