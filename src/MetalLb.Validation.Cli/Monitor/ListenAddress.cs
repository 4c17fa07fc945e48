using System.Globalization;
using System.Net;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary><c>--listen HOST:PORT</c>: <c>127.0.0.1:9464</c>, <c>0.0.0.0:9464</c> or <c>:9464</c> (every address), <c>[::1]:9464</c>.</summary>
internal sealed record ListenAddress(string Host, int Port)
{
    public bool Everywhere => Host is "" or "0.0.0.0" or "::" or "*" or "+";

    /// <summary>
    /// The HttpListener prefixes: <c>http://+:9464/</c> for every address; else the host's, and for a loopback address
    /// <c>localhost</c> too (HttpListener matches the request's Host header against its prefixes).
    /// </summary>
    public IReadOnlyList<string> Prefixes => Everywhere ? [$"http://+:{Port}/"]
        : Host == "localhost" || (IPAddress.TryParse(Host, out var ip) && IPAddress.IsLoopback(ip)) ? [$"http://{Bracketed}:{Port}/", $"http://localhost:{Port}/"]
        : [$"http://{Bracketed}:{Port}/"];

    private string Bracketed => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;

    public static ListenAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new UsageException($"--listen must be HOST:PORT with a port from 1 to 65535 (127.0.0.1:9464, :9464), not '{text}'");
        }

        var host = text[..colon].Trim('[', ']');
        if (host.Length > 0 && host is not ("*" or "+" or "localhost") && !IPAddress.TryParse(host, out _))
        {
            throw new UsageException($"--listen: the host must be an IP address, 'localhost' or empty for every address, not '{host}'");
        }

        return new ListenAddress(host, port);
    }

    public override string ToString() => $"{(Everywhere ? "*" : Host)}:{Port}";
}
