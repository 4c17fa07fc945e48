using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>One <c>status.addresses</c> entry (<c>InternalIP</c>, <c>ExternalIP</c>, <c>Hostname</c>...).</summary>
public sealed record NodeAddress(string Type, IpValue Address);
