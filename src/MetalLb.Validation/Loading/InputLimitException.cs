namespace MetalLb.Validation.Loading;

/// <summary>Thrown inside the loader when a limit is hit; always caught there and turned into a diagnostic.</summary>
internal sealed class InputLimitException(string message) : Exception(message);
