namespace MetalLb.Validation.Diagnostics;

/// <summary>The feature area a rule belongs to; mirrors the folders under <c>Rules/</c>.</summary>
public enum RuleCategory
{
    /// <summary>Reading the input: YAML syntax, types, limits.</summary>
    Input,
    /// <summary>IPAddressPool.</summary>
    Pools,
    /// <summary>BGPPeer.</summary>
    Peers,
    /// <summary>BGPAdvertisement and L2Advertisement.</summary>
    Advertisements,
    /// <summary>BFDProfile.</summary>
    Bfd,
    /// <summary>Community and community values.</summary>
    Communities,
    /// <summary>Label selectors.</summary>
    Selectors,
    /// <summary>BGPPeer sourceAddress against node interfaces.</summary>
    SourceAddress,
    /// <summary>Per-node topology and sessions.</summary>
    Nodes,
    /// <summary>Backend-mode restrictions (native, FRR, FRR-K8s).</summary>
    Modes,
    /// <summary>Live BGP session probes.</summary>
    Preflight,
    /// <summary>Admission-time checks (namespaces, deletes).</summary>
    Admission,
}
