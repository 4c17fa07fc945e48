namespace MetalLb.Validation.Testing;

/// <summary>
/// Thrown when an assertion about a MetalLB configuration fails and no known test framework is loaded. Under xunit,
/// NUnit or MSTest a failure is that framework's own assertion exception instead, so it reports a failed test (not an
/// errored one) and NUnit's <c>Assert.Multiple</c> collects it.
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
