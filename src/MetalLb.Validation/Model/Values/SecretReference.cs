namespace MetalLb.Validation.Model.Values;

/// <summary>A reference to a Secret by name (and namespace, which MetalLB ignores).</summary>
public sealed record SecretReference(string? Name, string? Namespace);
