namespace WebhookServer.ApiServer;

/// <summary>
/// The bearer token from a file, read again every <c>rereadInterval</c> or on demand (after a 401): the kubelet
/// rotates bound service account tokens in place, so a token read once at start-up stops working after an hour or so.
/// </summary>
public sealed class ServiceAccountToken(string path, TimeSpan rereadInterval, TimeProvider time)
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private string? _token;
    private long _readAt;

    /// <summary>The token, read from the file when it is due (or <paramref name="reread"/>).</summary>
    public async Task<string> GetAsync(bool reread, CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (reread || _token is null || time.GetElapsedTime(_readAt) >= rereadInterval)
            {
                _token = await ReadAsync(cancellationToken).ConfigureAwait(false);
                _readAt = time.GetTimestamp();
            }

            return _token;
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read the service account token at {path}: {ex.Message}", ex);
        }

        return text.Trim() is { Length: > 0 } token ? token : throw new IOException($"the service account token file {path} is empty");
    }
}
