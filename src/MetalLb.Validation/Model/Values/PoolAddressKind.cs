namespace MetalLb.Validation.Model.Values;

/// <summary>How a pool entry was written.</summary>
public enum PoolAddressKind
{
    /// <summary><c>10.0.0.0/24</c>.</summary>
    Cidr,

    /// <summary><c>10.0.0.10-10.0.0.20</c>.</summary>
    Range,
}
