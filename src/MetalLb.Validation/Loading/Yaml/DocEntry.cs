namespace MetalLb.Validation.Loading.Yaml;

/// <summary>One key/value pair of a <see cref="DocMapping"/>.</summary>
internal readonly record struct DocEntry(DocScalar Key, DocNode Value);
