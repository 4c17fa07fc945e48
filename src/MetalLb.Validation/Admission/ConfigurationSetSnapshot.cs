using MetalLb.Validation.Model;

namespace MetalLb.Validation.Admission;

/// <summary>An <see cref="IClusterSnapshot"/> over a fixed <see cref="ConfigurationSet"/> (tests, or manifests on disk).</summary>
public sealed class ConfigurationSetSnapshot(ConfigurationSet set) : IClusterSnapshot
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult((set ?? throw new InvalidOperationException("no set")).Objects);
}
