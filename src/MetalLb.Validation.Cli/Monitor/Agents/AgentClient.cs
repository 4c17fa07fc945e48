using System.Net;
using System.Text;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>What one agent answered: the interfaces' text, or why there is none.</summary>
internal sealed record AgentAnswer(AgentEndpoint Endpoint, string? Text, string? Problem);

/// <summary>
/// GET <c>/api/v1/interfaces</c> of one agent (the contract in docs: 200, <c>X-Node-Name</c>, the JSON of
/// <c>ip -j address show</c>). Every failure is an answer with a plain reason: the connection, the time limit, the
/// status, a node name that is not the endpoint's, a body over the size limit or not UTF-8. Never throws.
/// </summary>
internal sealed class AgentClient : IDisposable
{
    public const string NodeHeader = "X-Node-Name";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly HttpClient _http;
    private readonly NodeAgentSettings _settings;

    public AgentClient(NodeAgentSettings settings)
    {
        _settings = settings;
        _http = new HttpClient(new SocketsHttpHandler
        {
            // Agents are on the node network: no proxy, no redirect to somewhere else.
            UseProxy = false,
            AllowAutoRedirect = false,
            ConnectTimeout = settings.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxResponseHeadersLength = 64,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<AgentAnswer> GetAsync(AgentEndpoint endpoint, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_settings.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, endpoint.InterfacesUri);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var body = await ReadAsync(response, deadline.Token).ConfigureAwait(false);
            if (body is null)
            {
                return Fail(endpoint, $"answered more than {_settings.MaxBodyBytes} bytes; not read");
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                return Fail(endpoint, $"answered {(int)response.StatusCode}{Reason(body)}");
            }

            var node = response.Headers.TryGetValues(NodeHeader, out var names) ? names.FirstOrDefault() : null;
            if (node != endpoint.Node)
            {
                return Fail(endpoint, node is null
                    ? $"answered without the {NodeHeader} header; not used"
                    : $"answered as node '{Clip(node, 253)}', not '{endpoint.Node}' as its EndpointSlice says; not used");
            }

            return new AgentAnswer(endpoint, StrictUtf8.GetString(body), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(endpoint, $"did not answer within {_settings.RequestTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail(endpoint, $"cannot be reached: {Clip(ex.InnerException?.Message ?? ex.Message, 300)}");
        }
        catch (DecoderFallbackException)
        {
            return Fail(endpoint, "answered bytes that are not UTF-8; not used");
        }
        catch (IOException ex)
        {
            return Fail(endpoint, $"broke off its answer: {Clip(ex.Message, 300)}");
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The body, or null when it is over the limit (by its Content-Length or once that many bytes came).</summary>
    private async Task<byte[]?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > _settings.MaxBodyBytes)
        {
            return null;
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _settings.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A plain-text reason (the agent's 503 before its first read), on one line and short.</summary>
    private static string Reason(byte[] body)
    {
        var text = new string([.. Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400)).Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return text.Length == 0 ? string.Empty : $": {Clip(text, 200)}";
    }

    private static string Clip(string s, int max) => s.Length > max ? s[..max] + "…" : s;

    private static AgentAnswer Fail(AgentEndpoint endpoint, string problem) => new(endpoint, null, $"agent {endpoint} of node {endpoint.Node} {problem}");
}
