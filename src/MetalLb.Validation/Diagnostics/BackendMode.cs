namespace MetalLb.Validation.Diagnostics;

/// <summary>The BGP backend MetalLB runs with (<c>METALLB_BGP_TYPE</c>).</summary>
public enum BackendMode
{
    /// <summary>MetalLB's own Go BGP speaker.</summary>
    Native,
    /// <summary>FRR in the speaker pod (deprecated upstream).</summary>
    Frr,
    /// <summary>FRR through frr-k8s, the Helm chart's default.</summary>
    FrrK8s,
}
