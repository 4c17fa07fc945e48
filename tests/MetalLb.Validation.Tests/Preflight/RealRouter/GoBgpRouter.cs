using System.Text;

namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>GoBGP as the router: TOML config in the temp dir, gRPC API on the namespace's own loopback.</summary>
public sealed class GoBgpRouter : RouterNamespace
{
    private const string Api = "127.0.0.1:50051";

    public override string Describe() => InNamespace("gobgp", "-u", "127.0.0.1", "-p", "50051", "neighbor").Output;

    protected override async Task<string[]> WriteConfigAsync()
    {
        var config = new StringBuilder($"""
            [global.config]
              as = {RouterAsn}
              router-id = "{Router}"

            """);
        foreach (var address in PlainNeighbours)
        {
            Neighbour(config, address, NodeAsn, "ipv4-unicast");
        }

        Neighbour(config, ExpectsOtherAsn, OtherAsn, "ipv4-unicast");
        Neighbour(config, WithPassword, NodeAsn, "ipv4-unicast", Password);
        Neighbour(config, WithPasswordFromSecret, NodeAsn, "ipv4-unicast", Password);
        Neighbour(config, Known6, NodeAsn, "ipv6-unicast");
        var path = Path.Combine(Dir, "gobgp.toml");
        await File.WriteAllTextAsync(path, config.ToString());
        return ["gobgpd", "-f", path, "-p", "--api-hosts", Api, "--pprof-disable"];
    }

    protected override bool IsReady() => Describe().Contains(Known6, StringComparison.Ordinal);

    private static void Neighbour(StringBuilder config, string address, uint asn, string family, string? password = null) =>
        config.Append($"""

            [[neighbors]]
              [neighbors.config]
                neighbor-address = "{address}"
                peer-as = {asn}
                {(password is null ? string.Empty : $"auth-password = \"{password}\"")}
              [neighbors.transport.config]
                passive-mode = true
              [neighbors.timers.config]
                idle-hold-time-after-reset = 1
              [[neighbors.afi-safis]]
                [neighbors.afi-safis.config]
                  afi-safi-name = "{family}"

            """);
}
