namespace MetalLb.Validation.Diagnostics;

/// <summary>Identifies the Kubernetes object a finding concerns.</summary>
public sealed record ResourceRef(string ApiVersion, string Kind, string? Namespace, string? Name)
{
    /// <summary><c>Kind/name</c>, the form <c>kubectl</c> users type.</summary>
    public override string ToString() => $"{Kind}/{Name ?? "<unnamed>"}";
}
