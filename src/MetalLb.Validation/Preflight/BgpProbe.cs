using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// Opens one BGP session for real and closes it again: bind to the source, TCP-MD5 when a password is set, connect,
/// OPEN, KEEPALIVE, then Cease / Administrative Shutdown. Never sends an UPDATE. Every step is bounded by the
/// session's timeout.
/// </summary>
internal static class BgpProbe
{
    /// <summary>Probes <paramref name="session"/>; network failures become outcomes, never exceptions.</summary>
    public static async Task<ProbeOutcome> RunAsync(PlannedSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        try
        {
            return await ProbeAsync(session, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return Outcome(MetalLbRules.PreflightConnectRefused, "spec.peerAddress", session,
                $"the network failed the probe ({ex.GetType().Name}: {ex.Message}).");
        }
    }

    private static async Task<ProbeOutcome> ProbeAsync(PlannedSession session, CancellationToken cancellationToken)
    {
        using var socket = new Socket(session.Router.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (Prepare(socket, session) is { } failure)
        {
            return failure;
        }

        var connected = await ConnectAsync(socket, session, cancellationToken).ConfigureAwait(false);
        if (connected is not null)
        {
            return connected;
        }

        // From here on findings name the source the kernel actually used, chosen or not.
        var local = (socket.LocalEndPoint as IPEndPoint)?.Address;
        var shown = session.Source is null && local is not null ? session with { Source = local } : session;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        return await BgpExchange.RunAsync(stream, socket, shown, cancellationToken).ConfigureAwait(false);
    }

    private static ProbeOutcome? Prepare(Socket socket, PlannedSession session)
    {
        if (session.Source is { } source)
        {
            if (source.AddressFamily != session.Router.AddressFamily)
            {
                return Outcome(MetalLbRules.PreflightSourceNotLocal, "spec.sourceAddress", session,
                    $"sourceAddress {source} and peerAddress {session.Router.Address} are of different IP families: no socket can bind one and reach the other. Nothing was sent.");
            }

            try
            {
                socket.Bind(new IPEndPoint(source, 0));
            }
            catch (SocketException ex)
            {
                var why = ex.SocketErrorCode == SocketError.AddressNotAvailable
                    ? $"{source} is not assigned to any interface of this host (EADDRNOTAVAIL)"
                    : $"binding {source} failed ({ex.SocketErrorCode}: {ex.Message})";
                return Outcome(MetalLbRules.PreflightSourceNotLocal, "spec.sourceAddress", session,
                    $"{why}. Nothing was sent. MetalLB's native speaker logs \"address doesn't exist on this host\" and retries forever; FRR leaves the session in Active. Assign {source} to an interface of node {session.Node}, or change or remove sourceAddress.");
            }
        }

        if (session.SingleHop)
        {
            // FRR sends eBGP without ebgp-multihop with TTL 1, so a router more than one hop away never sees it.
            socket.Ttl = 1;
        }

        if (session.Password is { IsEmpty: false } password)
        {
            if (!TcpMd5Signature.IsSupported)
            {
                return Outcome(MetalLbRules.PreflightMd5Unavailable, "spec.password", session,
                    "the peer has a password, and TCP-MD5 signatures can only be set on Linux: run the preflight on the node itself.");
            }

            try
            {
                TcpMd5Signature.Apply(socket, session.Router.Address, password.Reveal());
            }
            catch (ArgumentException)
            {
                return Outcome(MetalLbRules.PreflightMd5Unavailable, "spec.password", session,
                    "the password is longer than the 80 bytes Linux accepts as a TCP-MD5 key; MetalLB cannot use it either.");
            }
            catch (SocketException ex)
            {
                return Outcome(MetalLbRules.PreflightMd5Unavailable, "spec.password", session,
                    $"the kernel refused the TCP-MD5 key ({ex.SocketErrorCode}); it may be built without CONFIG_TCP_MD5SIG.");
            }
        }

        return null;
    }

    private static async Task<ProbeOutcome?> ConnectAsync(Socket socket, PlannedSession session, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(session.Timeout);
        try
        {
            await socket.ConnectAsync(session.Router, deadline.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(session);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut)
        {
            return TimedOut(session);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return Outcome(MetalLbRules.PreflightConnectRefused, "spec.peerAddress", session,
                $"the router answered with a TCP reset: nothing listens on port {session.Router.Port} there, or it refuses connections from this source. Check peerAddress and peerPort, and that BGP runs on the router.");
        }
        catch (SocketException ex)
        {
            return Outcome(MetalLbRules.PreflightConnectRefused, "spec.peerAddress", session,
                $"connecting failed ({ex.SocketErrorCode}: {ex.Message}): no route or no neighbour answers for {session.Router.Address} from this node.");
        }
    }

    private static ProbeOutcome TimedOut(PlannedSession session)
    {
        var cause = session.Password is { IsEmpty: false }
            ? "The peer has a password: a router drops segments whose TCP-MD5 signature does not match, so a wrong password (or a router without one) looks exactly like this; check it first."
            : "If the router requires a TCP-MD5 password it drops unsigned segments silently, which looks exactly like this; otherwise a firewall or a missing route drops the packets.";
        return Outcome(MetalLbRules.PreflightConnectTimeout, "spec.peerAddress", session,
            $"no TCP answer within {Seconds(session.Timeout)}. {cause}");
    }

    internal static ProbeOutcome Outcome(Diagnostics.RuleDescriptor rule, string? path, PlannedSession session, string what) =>
        new(rule, path, $"{session.Route}: {what}");

    internal static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###}s");
}
