using System.Runtime.CompilerServices;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// What a check derives from one object and the options alone, kept with the object instance for the options it was
/// derived under. Objects never change after loading, so a validation that gets the same instances again (the
/// webhook: the snapshot's objects on every request) reuses the result; other options derive it afresh.
/// </summary>
internal sealed class KeptPerObject<TResource, TValue>(Func<TResource, ValidationOptions, TValue> derive)
    where TResource : KubernetesObject
    where TValue : class
{
    private readonly ConditionalWeakTable<TResource, Kept> _kept = [];

    public TValue For(TResource resource, ValidationOptions options)
    {
        if (_kept.TryGetValue(resource, out var kept) && ReferenceEquals(kept.Options, options))
        {
            return kept.Value;
        }

        var value = derive(resource, options);
        _kept.AddOrUpdate(resource, new Kept(options, value));
        return value;
    }

    private sealed record Kept(ValidationOptions Options, TValue Value);
}
