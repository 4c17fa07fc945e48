namespace MetalLb.Validation.Kubernetes.Tests;

/// <summary>Small realistic clusters: MetalLB objects, Nodes, a NodeNetworkState, a password Secret.</summary>
internal static class Manifests
{
    public const string SecretValue = "s3cr3t-bgp-password-never-printed";

    public const string Cluster = $"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {"{"}name: office, namespace: metallb-system{"}"}
        spec:
          addresses: ["192.168.10.0/24"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {"{"}name: office-extra, namespace: metallb-system{"}"}
        spec:
          addresses: ["192.168.10.128/25"]
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {"{"}name: tor, namespace: metallb-system{"}"}
        spec:
          myASN: 64512
          peerASN: 64513
          peerAddress: 10.0.0.1
          passwordSecret: {"{"}name: tor-password{"}"}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {"{"}name: office, namespace: metallb-system{"}"}
        spec:
          ipAddressPools: [office]
        ---
        apiVersion: v1
        kind: Secret
        metadata: {"{"}name: tor-password, namespace: metallb-system{"}"}
        type: kubernetes.io/basic-auth
        stringData:
          password: {SecretValue}
        ---
        apiVersion: v1
        kind: Node
        metadata:
          name: worker-1
          labels: {"{"}kubernetes.io/hostname: worker-1{"}"}
        status:
          addresses:
          - {"{"}type: InternalIP, address: 10.0.0.11{"}"}
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {"{"}name: elsewhere, namespace: default{"}"}
        spec:
          addresses: ["192.168.10.0/24"]
        """;

    /// <summary>
    /// A pool that serves the Services of team-a and team-b, Namespaces metallb-system and team-a; <see cref="TeamB"/> is
    /// the Namespace whose absence MLB0111 reports.
    /// </summary>
    public const string TeamPool = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: teams, namespace: metallb-system}
        spec:
          addresses: ["192.168.20.0/24"]
          serviceAllocation:
            namespaces: [team-a, team-b]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: metallb-system}
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
          labels: {team: a}
        spec: {finalizers: [kubernetes]}
        status: {phase: Active}
        """;

    public const string TeamB = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: team-b}
        """;

    public const string ControllerDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: metallb-controller
          namespace: lb
          labels: {app.kubernetes.io/name: metallb, app.kubernetes.io/component: controller}
        spec:
          selector: {matchLabels: {app.kubernetes.io/name: metallb}}
        """;
}
