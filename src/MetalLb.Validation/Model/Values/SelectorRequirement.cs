using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>One <c>matchExpressions</c> entry. The operator is kept as written so rules can report bad ones.</summary>
public sealed record SelectorRequirement(string Key, string Operator, IReadOnlyList<string> Values, SourceSpan Location)
{
    /// <summary>True when the operator is In, NotIn, Exists or DoesNotExist.</summary>
    public bool HasKnownOperator => Operator is "In" or "NotIn" or "Exists" or "DoesNotExist";

    /// <summary>Kubernetes semantics; unknown operators match nothing.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var has = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            "In" => has && Values.Contains(value!),
            "NotIn" => !has || !Values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            _ => false,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Operator switch
    {
        "Exists" => Key,
        "DoesNotExist" => $"!{Key}",
        _ => $"{Key} {Operator.ToLowerInvariant()} ({string.Join(",", Values)})",
    };
}
