using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>A node and interface an address is assigned on.</summary>
internal sealed record AddressOwner(string Node, InterfaceState Interface, InterfaceAddress Address)
{
    /// <summary><c>worker-1/lo</c>.</summary>
    public override string ToString() => $"{Node}/{Interface.Name}";
}
