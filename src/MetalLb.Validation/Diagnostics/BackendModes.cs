namespace MetalLb.Validation.Diagnostics;

/// <summary>A set of backend modes a rule applies to.</summary>
[Flags]
#pragma warning disable CA1714 // "Modes" is a set of modes, not a plural noun of flags
public enum BackendModes
#pragma warning restore CA1714
{
    /// <summary>No mode.</summary>
    None = 0,
    /// <summary>Native mode.</summary>
    Native = 1,
    /// <summary>FRR mode.</summary>
    Frr = 2,
    /// <summary>FRR-K8s mode.</summary>
    FrrK8s = 4,
    /// <summary>FRR and FRR-K8s, which share MetalLB's FRR validator.</summary>
    AnyFrr = Frr | FrrK8s,
    /// <summary>Every mode.</summary>
    All = Native | Frr | FrrK8s,
}
