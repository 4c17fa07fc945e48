namespace MetalLb.Validation.Model;

/// <summary>A MetalLB custom resource (group <c>metallb.io</c>).</summary>
public abstract record MetalLbObject : KubernetesObject
{
    /// <summary>A MetalLB object of <paramref name="kind"/> served as <c>metallb.io/</c><paramref name="version"/>.</summary>
    protected MetalLbObject(string version, string kind)
        : base($"{Group}/{version}", kind)
    {
    }

    /// <summary>The API group every MetalLB kind belongs to.</summary>
    public const string Group = "metallb.io";

    /// <summary>The version part of <see cref="KubernetesObject.ApiVersion"/> (<c>v1beta1</c>, <c>v1beta2</c>).</summary>
    public string ServedVersion => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[(ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..] : ApiVersion;
}
