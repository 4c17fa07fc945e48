namespace MetalLb.Validation.Loading.Yaml;

/// <summary>The type a plain scalar resolves to, as Kubernetes' YAML decoder sees it.</summary>
internal enum ScalarKind
{
    String,
    Null,
    Bool,
    Integer,
    Float,
}
