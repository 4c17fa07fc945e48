namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>A network interface of a node.</summary>
/// <param name="Name">Interface name (<c>eth0</c>, <c>lo</c>).</param>
/// <param name="Type">Type as reported (<c>ethernet</c>, <c>loopback</c>, <c>vlan</c>), when known.</param>
/// <param name="IsUp">False when reported down.</param>
/// <param name="Addresses">Assigned addresses.</param>
public sealed record InterfaceState(string Name, string? Type, bool IsUp, IReadOnlyList<InterfaceAddress> Addresses);
