using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// One interface of this host: what the library validates with (<see cref="State"/>, as node-check reads it) and what
/// <c>ip -j address show</c> prints beside it (index, link type, flags, operstate).
/// </summary>
internal sealed record HostLink(int Index, string LinkType, IReadOnlyList<string> Flags, string OperState, InterfaceState State);
