using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Preflight;

/// <summary>
/// Which BGP sessions a node would open, and how: peers whose nodeSelectors select the node (by the labels of its
/// Node object in the input), with the source, ASN and timers the backend mode would use.
/// </summary>
internal static class SessionPlanner
{
    private const ushort DefaultHoldTimeSeconds = 90;
    private const int BgpPort = 179;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Plans the sessions <paramref name="node"/> opens under <paramref name="options"/>, from the per-node view.</summary>
    public static SessionPlan Plan(ConfigurationSet set, string node, PreflightOptions options)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(options);
        if (NodeCheck.Missing(set, node) is { } missing)
        {
            // Most likely a wrong name: opening sessions as a node that does not exist would prove nothing.
            return new SessionPlan([], [missing]);
        }

        var findings = new List<Diagnostic>();

        // MetalLB opens no session for a BGPPeer outside its namespace: it never reads it.
        set = set.ReadByMetalLb(Namespaces.NamespaceResolver.Resolve(set, ValidationOptions.Default).Name);
        // The model a validation run in this mode builds, with its limits.
        var topology = new ClusterModel(set, ValidationOptions.Default with { Mode = options.Mode });
        var view = topology.Node(node);
        if (view is null)
        {
            findings.Add(PreflightFinding.For(
                MetalLbRules.PreflightNodeUnknown,
                null,
                null,
                $"the input describes no node (no Node objects or interface data), so the labels of '{node}' are unknown: only BGPPeers without nodeSelectors are probed. Add the Node ('kubectl get node {node} -o yaml') to probe every session it opens.",
                node));
        }

        var selected = view?.Sessions ?? set.Peers.Where(p => p.NodeSelectors.Count == 0).Select(p => topology.SessionOf(p, node)).ToList();
        var sessions = new List<PlannedSession>();
        foreach (var candidate in selected)
        {
            if (PlanOne(candidate, options, findings) is { } session)
            {
                sessions.Add(session);
            }
        }

        if (set.Peers.Count > 0 && sessions.Count == 0 && !findings.Any(f => f.RuleId == MetalLbRules.PreflightNotProbed.Id))
        {
            findings.Add(PreflightFinding.For(
                MetalLbRules.PreflightNoSessions,
                null,
                null,
                $"no BGPPeer selects node '{node}' ({set.Peers.Count} peer(s) in the input): this node opens no BGP session. Check the peers' nodeSelectors against the node's labels.",
                node));
        }
        else if (set.Peers.Count == 0)
        {
            findings.Add(PreflightFinding.For(MetalLbRules.PreflightNoSessions, null, null, "the input holds no BGPPeer: there is no session to probe.", node));
        }

        return new SessionPlan(sessions, findings);
    }

    private static SensitiveText? MountedPassword(SecretReference secret, PreflightOptions options, out string? missing)
    {
        const string Key = "password";
        missing = null;
        if (secret.Name is null || !options.MountedSecrets.TryGetValue(secret.Name, out var directory) || directory is null)
        {
            missing = $"the password is in Secret '{secret.Name}', which the preflight cannot read from the manifests: the probe runs without TCP-MD5, and times out if the router requires it. Mount the Secret and pass --secret {secret.Name}=DIR.";
            return null;
        }

        string? why;
        try
        {
            // A Secret value is bytes; MetalLB hands them to the BGP daemon as they are, so no newline is trimmed.
            // Linux takes at most 80 bytes of TCP-MD5 key, so a bounded read is enough to report a longer one.
            using var file = new FileStream(Path.Combine(directory, Key), FileMode.Open, FileAccess.Read);
            var buffer = new byte[1024];
            var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return new SensitiveText(StrictUtf8.GetString(buffer, 0, length));
        }
        catch (DecoderFallbackException)
        {
            why = "is not UTF-8 text";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            why = $"could not be read ({ex.GetType().Name})";
        }

        missing = $"Secret '{secret.Name}' is mounted at {directory}, but its '{Key}' key {why}: the probe runs without TCP-MD5. MetalLB reads the key '{Key}' of a kubernetes.io/basic-auth Secret.";
        return null;
    }

    private static PlannedSession? PlanOne(BgpSession planned, PreflightOptions options, List<Diagnostic> findings)
    {
        var peer = planned.Peer;
        var node = planned.Node;
        void Skip(string path, string why) =>
            findings.Add(PreflightFinding.For(MetalLbRules.PreflightNotProbed, peer, path, $"not probed: {why}", node));

        if (planned.RouterAddress is null && planned.Interface is not null)
        {
            Skip("spec.interface", $"unnumbered BGP over interface '{planned.Interface}' learns the router's link-local address at run time; probe it on the node with FRR ('show bgp neighbors').");
            return null;
        }

        if (planned.RouterAddress is not { } routerAddress)
        {
            Skip("spec.peerAddress", $"peerAddress '{peer.PeerAddress?.Text ?? ""}' is not an IP address; fix it first ('metallb-validate validate').");
            return null;
        }

        if (planned.Vrf is not null)
        {
            Skip("spec.vrf", $"the session runs in VRF '{planned.Vrf}', and the preflight connects from the default VRF only.");
            return null;
        }

        if (planned.MyAsn is not { } myAsn)
        {
            Skip("spec.myASN", "myASN is missing; fix it first ('metallb-validate validate').");
            return null;
        }

        var port = planned.Port;
        if (port is < 1 or > ushort.MaxValue)
        {
            Skip("spec.peerPort", string.Create(CultureInfo.InvariantCulture, $"peerPort {port} is not a TCP port."));
            return null;
        }

        if (peer.SourceAddress is { Address: null } badSource)
        {
            Skip("spec.sourceAddress", $"sourceAddress '{badSource.Text}' is not an IP address; fix it first.");
            return null;
        }

        if (planned.SourceAddressDropped)
        {
            findings.Add(PreflightFinding.For(
                MetalLbRules.PreflightModeDropsField, peer, "spec.sourceAddress",
                $"frr-k8s mode drops sourceAddress {peer.SourceAddress!.Address}: MetalLB never passes it to frr-k8s, so the session leaves from the address the kernel chooses, and so does this probe. Use --mode native or frr to probe from {peer.SourceAddress.Address}.",
                node));
        }

        if (planned.LocalAsnDropped)
        {
            findings.Add(PreflightFinding.For(
                MetalLbRules.PreflightModeDropsField, peer, "spec.localASN",
                $"frr-k8s mode drops localASN {peer.LocalAsn!.Value.Value}: the session speaks as myASN {myAsn}, and so does this probe.",
                node));
        }

        var source = planned.SourceAddress;
        var localAsn = planned.LocalAsn ?? myAsn;
        var password = peer.HasInlinePassword ? peer.Password : null;
        if (password is null && peer.PasswordSecret is { } secret)
        {
            password = MountedPassword(secret, options, out var missing);
            if (missing is not null)
            {
                findings.Add(PreflightFinding.For(MetalLbRules.PreflightPasswordSecretUnresolved, peer, "spec.passwordSecret", missing, node));
            }
        }

        var hold = peer.HoldTime?.Value is { } holdTime ? (ushort)Math.Clamp(holdTime.TotalSeconds, 0, ushort.MaxValue) : DefaultHoldTimeSeconds;
        var timeout = options.Timeout ?? (peer.ConnectTime?.Value is { } connect && connect > TimeSpan.Zero ? connect : PreflightOptions.DefaultTimeout);
        var external = peer.DynamicAsn switch
        {
            "external" => true,
            "internal" => false,
            _ => peer.PeerAsn is { } peerAsn && peerAsn.Value != localAsn,
        };
        var family = routerAddress.AddressFamily == AddressFamily.InterNetworkV6 ? (ushort)2 : (ushort)1;
        IReadOnlyList<(ushort, byte)> families = peer.DualStackAddressFamily ? [(family, 1), ((ushort)(3 - family), 1)] : [(family, 1)];
        var routerId = peer.RouterId?.Address is { AddressFamily: AddressFamily.InterNetwork } id ? id : null;

        return new PlannedSession(
            peer,
            node,
            source,
            new IPEndPoint(routerAddress, (int)port),
            localAsn,
            peer.DynamicAsn is null ? peer.PeerAsn?.Value : null,
            peer.DynamicAsn,
            hold,
            routerId,
            password,
            timeout,
            SingleHop: options.Mode != BackendMode.Native && external && !peer.EbgpMultiHop,
            families);
    }
}
