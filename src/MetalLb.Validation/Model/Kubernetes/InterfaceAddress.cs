using System.Net;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>An address assigned to an interface, with its prefix length.</summary>
public sealed record InterfaceAddress(IPAddress Address, int PrefixLength, SourceSpan Location)
{
    /// <summary>The connected subnet (<c>10.0.0.0/24</c>).</summary>
    public IPNetwork2 Subnet => new(Address, (byte)PrefixLength);

    /// <inheritdoc />
    public override string ToString() => $"{Address}/{PrefixLength}";
}
