using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>The result of one good round: this node's report and the interfaces it was validated with.</summary>
internal sealed record AgentState(long Generation, DateTimeOffset ValidatedAt, TimeSpan Duration, ValidationReport Report, NodeNetworkState Interfaces, byte[] FindingsJson);

/// <summary>The interfaces of the last read: as validated, and as <c>/api/v1/interfaces</c> serves them.</summary>
internal sealed record InterfacesRead(DateTimeOffset ReadAt, IReadOnlyList<HostLink> Links, byte[] Json)
{
    public int AddressCount => Links.Sum(l => l.State.Addresses.Count);
}
