using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// The BGP part of a probe on a connected socket: our OPEN, the router's OPEN checked against the configuration,
/// KEEPALIVEs both ways, then Cease / Administrative Shutdown. Never an UPDATE.
/// </summary>
internal static class BgpExchange
{
    public static async Task<ProbeOutcome> RunAsync(NetworkStream stream, Socket socket, PlannedSession session, CancellationToken cancellationToken)
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
            return BgpProbe.Outcome(MetalLbRules.PreflightBadMessage, "spec.peerAddress", session,
                string.Create(CultureInfo.InvariantCulture, $"the router's OPEN is unusable (version {theirs.Version}, hold time {theirs.HoldTimeSeconds}s): BGP-4 needs version 4 and a hold time of 0 or at least 3 seconds."));
        }

        if (!session.AcceptsPeerAsn(theirs.Asn))
        {
            await SendAsync(stream, BgpMessage.Of(BgpNotification.BadPeerAs), session.Timeout, cancellationToken).ConfigureAwait(false);
            return BgpProbe.Outcome(MetalLbRules.PreflightPeerAsnMismatch, session.DynamicAsn is null ? "spec.peerASN" : "spec.dynamicASN", session,
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
        return BgpProbe.Outcome(MetalLbRules.PreflightEstablished, null, session, string.Create(
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
                    return (null, BgpProbe.Outcome(MetalLbRules.PreflightNoAnswer, "spec.peerAddress", session,
                        $"the router accepted TCP from {local} but sent no {waitingFor} within {BgpProbe.Seconds(session.Timeout)}. Something other than a BGP speaker may hold the port, or the router waits for a configuration change."));
                case BgpMessageReader.Status.Closed:
                case BgpMessageReader.Status.Reset:
                    return (null, Closed(session, local, $"before its {waitingFor}"));
                case BgpMessageReader.Status.Malformed:
                    return (null, BgpProbe.Outcome(MetalLbRules.PreflightBadMessage, "spec.peerAddress", session,
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
            (6, 7) => ("spec.peerAddress", $"the router already has a session with {local}: MetalLB's speaker probably holds it. Probe before the speaker runs on this node, or stop it first."),
            _ => ("spec.peerAddress", "see the router's log for this neighbour."),
        };
        return BgpProbe.Outcome(MetalLbRules.PreflightNotification, path, session,
            $"the router sent NOTIFICATION {notification} while we waited for its {waitingFor}: {hint}");
    }

    private static ProbeOutcome Closed(PlannedSession session, IPAddress local, string when) =>
        BgpProbe.Outcome(MetalLbRules.PreflightClosedByRouter, "spec.peerAddress", session,
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
}
