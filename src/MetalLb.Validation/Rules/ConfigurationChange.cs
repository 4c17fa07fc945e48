using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>Objects created or updated against a prepared snapshot, and the snapshot objects they replace.</summary>
public sealed class ConfigurationChange
{
    internal ConfigurationChange(IReadOnlyList<KubernetesObject> changed, IReadOnlySet<KubernetesObject> replaced)
    {
        Changed = changed;
        Replaced = replaced;
    }

    /// <summary>The new or updated objects.</summary>
    public IReadOnlyList<KubernetesObject> Changed { get; }

    /// <summary>Snapshot objects with the same kind, namespace and name as a changed one (compared by reference).</summary>
    public IReadOnlySet<KubernetesObject> Replaced { get; }

    /// <summary>True when <paramref name="resource"/> is one of the changed objects.</summary>
    public bool IsChanged(KubernetesObject? resource)
    {
        foreach (var changed in Changed)
        {
            if (ReferenceEquals(changed, resource))
            {
                return true;
            }
        }

        return false;
    }
}
