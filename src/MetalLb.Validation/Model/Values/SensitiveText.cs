namespace MetalLb.Validation.Model.Values;

/// <summary>
/// A secret value (a BGP password) that never prints: <see cref="ToString"/> and every formatter show it as redacted.
/// Only code that must use it (a TCP-MD5 probe) calls <see cref="Reveal"/>.
/// </summary>
public sealed class SensitiveText
{
    private readonly string _value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public SensitiveText(string value) => _value = value;

    /// <summary>True when the value is the empty string.</summary>
    public bool IsEmpty => _value.Length == 0;

    /// <summary>The secret itself. Never log or print it.</summary>
    public string Reveal() => _value;

    /// <summary>Always <c>(redacted)</c>.</summary>
    public override string ToString() => "(redacted)";
}
