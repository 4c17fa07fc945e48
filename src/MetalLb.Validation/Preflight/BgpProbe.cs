using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Preflight.Bgp;
using MetalLb.Validation.Rules.Preflight;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// Opens one BGP session for real and closes it again: bind to the source, TCP-MD5 when a password is set, connect,
/// OPEN, KEEPALIVE, then Cease / Administrative Shutdown. Never sends an UPDATE. Every step is bounded by the
/// session's timeout.
/// </summary>
public static class BgpProbe
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
            return Outcome(PreflightRules.ConnectRefused, "spec.peerAddress", session,
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
        return await ExchangeAsync(stream, socket, shown, cancellationToken).ConfigureAwait(false);
    }

    private static ProbeOutcome? Prepare(Socket socket, PlannedSession session)
    {
        if (session.Source is { } source)
        {
            if (source.AddressFamily != session.Router.AddressFamily)
            {
                return Outcome(PreflightRules.SourceNotLocal, "spec.sourceAddress", session,
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
                return Outcome(PreflightRules.SourceNotLocal, "spec.sourceAddress", session,
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
                return Outcome(PreflightRules.Md5Unavailable, "spec.password", session,
                    "the peer has a password, and TCP-MD5 signatures can only be set on Linux: run the preflight on the node itself.");
            }

            try
            {
                TcpMd5Signature.Apply(socket, session.Router.Address, password.Reveal());
            }
            catch (ArgumentException)
            {
                return Outcome(PreflightRules.Md5Unavailable, "spec.password", session,
                    "the password is longer than the 80 bytes Linux accepts as a TCP-MD5 key; MetalLB cannot use it either.");
            }
            catch (SocketException ex)
            {
                return Outcome(PreflightRules.Md5Unavailable, "spec.password", session,
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
            return Outcome(PreflightRules.ConnectRefused, "spec.peerAddress", session,
                $"the router answered with a TCP reset: nothing listens on port {session.Router.Port} there, or it refuses connections from this source. Check peerAddress and peerPort, and that BGP runs on the router.");
        }
        catch (SocketException ex)
        {
            return Outcome(PreflightRules.ConnectRefused, "spec.peerAddress", session,
                $"connecting failed ({ex.SocketErrorCode}: {ex.Message}): no route or no neighbour answers for {session.Router.Address} from this node.");
        }
    }

    private static ProbeOutcome TimedOut(PlannedSession session)
    {
        var cause = session.Password is { IsEmpty: false }
            ? "The peer has a password: a router drops segments whose TCP-MD5 signature does not match, so a wrong password (or a router without one) looks exactly like this; check it first."
            : "If the router requires a TCP-MD5 password it drops unsigned segments silently, which looks exactly like this; otherwise a firewall or a missing route drops the packets.";
        return Outcome(PreflightRules.ConnectTimeout, "spec.peerAddress", session,
            $"no TCP answer within {Seconds(session.Timeout)}. {cause}");
    }

    private static async Task<ProbeOutcome> ExchangeAsync(NetworkStream stream, Socket socket, PlannedSession session, CancellationToken cancellationToken)
    {
        var local = (socket.LocalEndPoint as IPEndPoint)?.Address ?? IPAddress.None;
        var identifier = session.RouterId ?? IdentifierFrom(local);
        var capabilities = session.Families.Select(f => BgpCapability.Multiprotocol(f.Afi, f.Safi));
        var open = BgpOpen.For(session.LocalAsn, session.HoldTimeSeconds, identifier, capabilities);
        var reader = new BgpMessageReader(stream);

        var sent = await SendAsync(stream, BgpMessage.Of(open), session.Timeout, cancellationToken).ConfigureAwait(false);
        if (!sent)
        {
            return Closed(session, local, "while we sent our OPEN");
        }

        var answer = await ReadUntilAsync(reader, BgpMessageType.Open, session, local, "OPEN", cancellationToken).ConfigureAwait(false);
        if (answer.Outcome is not null)
        {
            return answer.Outcome;
        }

        var theirs = answer.Message!.Open!;
        if (theirs.Version != 4 || theirs.HoldTimeSeconds is 1 or 2)
        {
            await SendAsync(stream, BgpMessage.Of(new BgpNotification(2, (byte)(theirs.Version != 4 ? 1 : 6), ReadOnlyMemory<byte>.Empty)), session.Timeout, cancellationToken).ConfigureAwait(false);
            return Outcome(PreflightRules.BadMessage, "spec.peerAddress", session,
                string.Create(CultureInfo.InvariantCulture, $"the router's OPEN is unusable (version {theirs.Version}, hold time {theirs.HoldTimeSeconds}s): BGP-4 needs version 4 and a hold time of 0 or at least 3 seconds."));
        }

        if (!session.AcceptsPeerAsn(theirs.Asn))
        {
            await SendAsync(stream, BgpMessage.Of(BgpNotification.BadPeerAs), session.Timeout, cancellationToken).ConfigureAwait(false);
            return Outcome(PreflightRules.PeerAsnMismatch, session.DynamicAsn is null ? "spec.peerASN" : "spec.dynamicASN", session,
                string.Create(CultureInfo.InvariantCulture, $"the router speaks as AS {theirs.Asn} (BGP id {theirs.Identifier}), but the peer expects {session.ExpectedAsnText}: the session would close with OPEN Message Error / Bad Peer AS. Set peerASN to {theirs.Asn}, or fix the router's local AS."));
        }

        if (!await SendAsync(stream, BgpMessage.Keepalive, session.Timeout, cancellationToken).ConfigureAwait(false))
        {
            return Closed(session, local, "after its OPEN");
        }

        var confirm = await ReadUntilAsync(reader, BgpMessageType.Keepalive, session, local, "KEEPALIVE", cancellationToken).ConfigureAwait(false);
        if (confirm.Outcome is not null)
        {
            return confirm.Outcome;
        }

        await SendAsync(stream, BgpMessage.Of(BgpNotification.AdministrativeShutdown), session.Timeout, cancellationToken).ConfigureAwait(false);
        TryShutdown(socket);
        var hold = Math.Min(theirs.HoldTimeSeconds, session.HoldTimeSeconds);
        return Outcome(PreflightRules.Established, null, session, string.Create(
            CultureInfo.InvariantCulture,
            $"session came up: the router is AS {theirs.Asn} (BGP id {theirs.Identifier}), we spoke as AS {session.LocalAsn} (BGP id {identifier}) from {local}, hold time {hold}s, router capabilities [{string.Join(", ", theirs.Capabilities)}]. Closed with Cease / Administrative Shutdown; nothing was announced."));
    }

    private static async Task<(BgpMessage? Message, ProbeOutcome? Outcome)> ReadUntilAsync(
        BgpMessageReader reader, BgpMessageType wanted, PlannedSession session, IPAddress local, string waitingFor, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + session.Timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var (status, message, error) = left <= TimeSpan.Zero
                ? (BgpMessageReader.Status.TimedOut, null, null)
                : await reader.ReadAsync(left, cancellationToken).ConfigureAwait(false);
            switch (status)
            {
                case BgpMessageReader.Status.TimedOut:
                    return (null, Outcome(PreflightRules.NoAnswer, "spec.peerAddress", session,
                        $"the router accepted TCP from {local} but sent no {waitingFor} within {Seconds(session.Timeout)}. Something other than a BGP speaker may hold the port, or the router waits for a configuration change."));
                case BgpMessageReader.Status.Closed:
                case BgpMessageReader.Status.Reset:
                    return (null, Closed(session, local, $"before its {waitingFor}"));
                case BgpMessageReader.Status.Malformed:
                    return (null, Outcome(PreflightRules.BadMessage, "spec.peerAddress", session,
                        $"the router sent bytes that are not valid BGP while we waited for its {waitingFor} ({error}). Check peerPort: something other than BGP may answer there."));
            }

            if (message!.Type == BgpMessageType.Notification)
            {
                return (null, Notified(session, local, message.Notification!, waitingFor));
            }

            if (message.Type == wanted)
            {
                return (message, null);
            }
        }
    }

    private static ProbeOutcome Notified(PlannedSession session, IPAddress local, BgpNotification notification, string waitingFor)
    {
        var (path, hint) = (notification.Code, notification.Subcode) switch
        {
            (2, 2) => ("spec.myASN", string.Create(CultureInfo.InvariantCulture, $"the router expects another ASN from {local}: we spoke as AS {session.LocalAsn}. Fix myASN (or localASN), or the router's remote-as for this neighbour.")),
            (2, 3) => ("spec.routerID", "the router rejects our BGP identifier (the same as its own, or invalid): set routerID."),
            (2, 6) => ("spec.holdTime", string.Create(CultureInfo.InvariantCulture, $"the router does not accept hold time {session.HoldTimeSeconds}s.")),
            (2, 7) => ("spec.peerAddress", "the router requires a capability we did not offer (an address family, or a role)."),
            (6, 5) => ("spec.peerAddress", $"the router refuses this neighbour: it most likely has no neighbour configured for {local} (did the node's address change?), or a connection limit is reached."),
            (6, 3) => ("spec.peerAddress", $"the router has no neighbour configured for {local}."),
            (6, 2) => ("spec.peerAddress", "the neighbour is administratively shut down on the router."),
            _ => ("spec.peerAddress", "see the router's log for this neighbour."),
        };
        return Outcome(PreflightRules.Notification, path, session,
            $"the router sent NOTIFICATION {notification} while we waited for its {waitingFor}: {hint}");
    }

    private static ProbeOutcome Closed(PlannedSession session, IPAddress local, string when) =>
        Outcome(PreflightRules.ClosedByRouter, "spec.peerAddress", session,
            $"the router accepted TCP from {local} and closed it {when}, without a NOTIFICATION. It most likely has no neighbour configured for {local} (did the node's address change?) and drops connections from unknown neighbours. Configure {local} as a neighbour on the router, or pin the session to a configured address with sourceAddress.");

    private static async Task<bool> SendAsync(NetworkStream stream, BgpMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await stream.WriteAsync(BgpCodec.Encode(message), deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void TryShutdown(Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already closed by the router; nothing left to be polite about.
        }
    }

    // MetalLB uses the IPv4 local address when routerID is unset; an IPv6-only session needs routerID, so the last
    // four octets of the local address stand in for the probe.
    private static IPAddress IdentifierFrom(IPAddress local)
    {
        if (local.IsIPv4MappedToIPv6)
        {
            local = local.MapToIPv4();
        }

        return local.AddressFamily == AddressFamily.InterNetwork ? local : new IPAddress(local.GetAddressBytes().AsSpan(12, 4));
    }

    private static ProbeOutcome Outcome(Diagnostics.RuleDescriptor rule, string? path, PlannedSession session, string what) =>
        new(rule, path, $"{session.Route}: {what}");

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###}s");
}
