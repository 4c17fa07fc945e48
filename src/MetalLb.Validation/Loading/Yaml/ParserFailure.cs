namespace MetalLb.Validation.Loading.Yaml;

/// <summary>Wraps an unexpected exception thrown by YamlDotNet's parser, so it is reported as a syntax error and told apart from our own bugs.</summary>
internal sealed class ParserFailure(Exception inner) : Exception(inner.Message, inner);
