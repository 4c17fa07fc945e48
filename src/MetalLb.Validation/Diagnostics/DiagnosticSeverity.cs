namespace MetalLb.Validation.Diagnostics;

/// <summary>How much a finding matters. Ordered: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Context worth knowing, never a failure.</summary>
    Info = 0,

    /// <summary>Works, but almost surely not as meant.</summary>
    Warning = 1,

    /// <summary>MetalLB rejects it, or it cannot work.</summary>
    Error = 2,
}
