using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// A whole-set rule that can also check a few changed objects against a snapshot it indexed once
/// (see <see cref="PreparedConfiguration"/>). Rules without it still run in incremental mode, over the whole
/// updated set, and only their findings about the changed objects are kept: correct, but not incremental.
/// </summary>
public interface IIncrementalRule
{
    /// <summary>Builds whatever index the rule needs from the snapshot; called once per snapshot.</summary>
    object? Prepare(ConfigurationSet snapshot);

    /// <summary>
    /// Reports the findings that concern <see cref="ConfigurationChange.Changed"/> objects, against the prepared index
    /// (whose entries for <see cref="ConfigurationChange.Replaced"/> objects must be ignored). <c>context.Set</c> is the updated set.
    /// </summary>
    void CheckChanges(ConfigurationChange change, object? prepared, RuleContext context);
}
