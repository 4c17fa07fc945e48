namespace MetalLb.Validation.Testing;

/// <summary>
/// Thrown when an assertion about a MetalLB configuration fails. Every test framework reports an unexpected exception
/// as a failure, so this package needs none of them.
/// </summary>
public sealed class MetalLbAssertionException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public MetalLbAssertionException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public MetalLbAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public MetalLbAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
