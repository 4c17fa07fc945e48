using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// A shared view (see <see cref="RuleContext.Shared{T}"/>) that a <see cref="PreparedConfiguration"/> may keep from
/// its snapshot for incremental runs, as long as the changed objects do not affect it. Views without this interface
/// are rebuilt on demand in every incremental run.
/// </summary>
public interface ISnapshotView
{
    /// <summary>True when <paramref name="changed"/> (or the object it replaces) could change what this view holds.</summary>
    bool IsAffectedBy(KubernetesObject changed);
}
