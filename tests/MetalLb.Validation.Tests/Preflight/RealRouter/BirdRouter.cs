namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>BIRD 2 as the router: config and control socket in the temp dir, run in the foreground.</summary>
public sealed class BirdRouter : RouterNamespace
{
    private string Socket => Path.Combine(Dir, "bird.ctl");

    public override string Describe() => Host.Run("birdc", "-s", Socket, "show", "protocols").Output;

    protected override async Task<string[]> WriteConfigAsync()
    {
        var config = Path.Combine(Dir, "bird.conf");
        var plain = string.Join("\n", PlainNeighbours.Select((address, i) => $"protocol bgp plain{i} from probe_base {{ neighbor {address} as {NodeAsn}; }}"));
        await File.WriteAllTextAsync(config, $$"""
            router id {{Router}};
            protocol device {}
            template bgp probe_base {
              local as {{RouterAsn}};
              passive on;
              error wait time 1, 2;
              ipv4 { import none; export none; };
            }
            {{plain}}
            protocol bgp other_asn from probe_base { neighbor {{ExpectsOtherAsn}} as {{OtherAsn}}; }
            protocol bgp with_password from probe_base { neighbor {{WithPassword}} as {{NodeAsn}}; password "{{Password}}"; }
            protocol bgp with_password_secret from probe_base { neighbor {{WithPasswordFromSecret}} as {{NodeAsn}}; password "{{Password}}"; }
            protocol bgp known_v6 {
              local as {{RouterAsn}};
              neighbor {{Known6}} as {{NodeAsn}};
              passive on;
              error wait time 1, 2;
              ipv6 { import none; export none; };
            }
            """);
        return ["bird", "-f", "-c", config, "-s", Socket, "-P", Path.Combine(Dir, "bird.pid")];
    }

    protected override bool IsReady() => Describe().Contains("Passive", StringComparison.Ordinal);
}
