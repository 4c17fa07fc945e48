namespace ApiServerStandIn;

/// <summary>A resource the stand-in serves, at every version listed (objects are shared across versions, as in etcd).</summary>
public sealed record ApiResourceInfo(string Group, string[] Versions, string Plural, string Singular, string Kind, bool Namespaced, string[] ShortNames)
{
    public bool IsBuiltIn => Group.Length == 0 || Group is "apps" or "discovery.k8s.io";

    public string Key => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public string ApiVersion(string version) => Group.Length == 0 ? version : $"{Group}/{version}";

    public static IReadOnlyList<ApiResourceInfo> Defaults(bool nmstate) =>
    [
        new("", ["v1"], "nodes", "node", "Node", false, ["no"]),
        new("", ["v1"], "secrets", "secret", "Secret", true, []),
        new("", ["v1"], "namespaces", "namespace", "Namespace", false, ["ns"]),
        new("", ["v1"], "events", "event", "Event", true, ["ev"]),
        new("apps", ["v1"], "deployments", "deployment", "Deployment", true, ["deploy"]),
        new("discovery.k8s.io", ["v1"], "endpointslices", "endpointslice", "EndpointSlice", true, []),
        new("metallb.io", ["v1beta1"], "ipaddresspools", "ipaddresspool", "IPAddressPool", true, []),
        new("metallb.io", ["v1beta2", "v1beta1"], "bgppeers", "bgppeer", "BGPPeer", true, []),
        new("metallb.io", ["v1beta1"], "bgpadvertisements", "bgpadvertisement", "BGPAdvertisement", true, []),
        new("metallb.io", ["v1beta1"], "l2advertisements", "l2advertisement", "L2Advertisement", true, []),
        new("metallb.io", ["v1beta1"], "bfdprofiles", "bfdprofile", "BFDProfile", true, []),
        new("metallb.io", ["v1beta1"], "communities", "community", "Community", true, []),
        .. nmstate ? new ApiResourceInfo[] { new("nmstate.io", ["v1beta1"], "nodenetworkstates", "nodenetworkstate", "NodeNetworkState", false, ["nns"]) } : [],
    ];
}
