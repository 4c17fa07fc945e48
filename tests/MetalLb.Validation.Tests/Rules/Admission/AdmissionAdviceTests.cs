using System.Text.Json.Nodes;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Tests.Admission;

namespace MetalLb.Validation.Tests.Rules.Admission;

/// <summary>
/// Fix-then-revalidate for the admission change rules: the denied request's advice, followed as the requests a user
/// would send (each one admitted), and the original request then admitted against the cluster it leaves behind.
/// </summary>
public class AdmissionAdviceTests
{
    private const string Bfd = "apiVersion: metallb.io/v1beta1\nkind: BFDProfile\nmetadata:\n  name: fast\n  namespace: metallb-system\n---\n";

    private const string Communities = "apiVersion: metallb.io/v1beta1\nkind: Community\nmetadata:\n  name: communities\n  namespace: metallb-system\nspec:\n  communities:\n    - name: no-export\n      value: \"65535:65281\"\n---\n";

    private static string SecretYaml(string name) =>
        $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: metallb-system\ntype: kubernetes.io/basic-auth\ndata:\n  password: c2VjcmV0\n---\n";

    private static JsonObject SecretJson(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Secret",
        ["metadata"] = Reviews.Meta(name),
        ["type"] = "kubernetes.io/basic-auth",
        ["data"] = new JsonObject { ["password"] = "c2VjcmV0" },
    };

    private static JsonObject PeerSpec(params (string Key, JsonNode Value)[] extra)
    {
        var spec = new JsonObject { ["myASN"] = 64512, ["peerASN"] = 64600, ["peerAddress"] = "10.0.0.1" };
        foreach (var (key, value) in extra)
        {
            spec[key] = value;
        }

        return spec;
    }

    private static JsonObject PeerJson(params (string Key, JsonNode Value)[] extra) => Reviews.Object("BGPPeer", "tor", PeerSpec(extra), "metallb.io/v1beta2");

    private static string PeerYaml(string extra = "") =>
        Check.Peer("tor", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1" + (extra.Length > 0 ? "\n" + extra : string.Empty));

    private static JsonObject AdvertisementJson(string community) =>
        Reviews.Object("BGPAdvertisement", "internet", new JsonObject { ["communities"] = new JsonArray(community) });

    private static string AdvertisementYaml(string community) =>
        $"apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata:\n  name: internet\n  namespace: metallb-system\nspec:\n  communities: [\"{community}\"]\n---\n";

    private static JsonObject CommunityJson(params (string Name, string Value)[] aliases) => Reviews.Object(
        "Community", "communities",
        new JsonObject { ["communities"] = new JsonArray(aliases.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["value"] = a.Value }).ToArray()) });

    private static void Denied(AdmissionResponse response, string ruleId, string advice)
    {
        Assert.False(response.Allowed);
        Assert.Contains(ruleId, response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains(advice, response.Status.Message, StringComparison.Ordinal);
    }

    private static void Admitted(AdmissionResponse response) => Assert.True(response.Allowed, response.Status?.Message);

    [Fact]
    public void MLB1210_RemoveThePeersBfdProfileFirst_ThenTheDeleteIsAdmitted()
    {
        var cluster = Bfd + PeerYaml("bfdProfile: fast");
        var delete = Reviews.Review("DELETE", null, Reviews.Object("BFDProfile", "fast", []));
        Denied(Reviews.Send(Reviews.Handler(cluster), delete), "MLB1210", "Change or remove the peer's bfdProfile first");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", PeerJson(), PeerJson(("bfdProfile", "fast")))));
        Admitted(Reviews.Send(Reviews.Handler(Bfd + PeerYaml()), delete));
    }

    [Fact]
    public void MLB1211_ReplaceTheAliasWithItsValue_ThenTheDeleteIsAdmitted()
    {
        var cluster = Communities + AdvertisementYaml("no-export");
        var delete = Reviews.Review("DELETE", null, CommunityJson(("no-export", "65535:65281")));
        Denied(Reviews.Send(Reviews.Handler(cluster), delete), "MLB1211", "Replace the alias in the advertisement with its value");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", AdvertisementJson("65535:65281"), AdvertisementJson("no-export"))));
        Admitted(Reviews.Send(Reviews.Handler(Communities + AdvertisementYaml("65535:65281")), delete));
    }

    [Fact]
    public void MLB1211_KeepTheAlias_TheUpdateIsAdmitted()
    {
        var cluster = Communities + AdvertisementYaml("no-export");
        var old = CommunityJson(("no-export", "65535:65281"));
        Denied(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", CommunityJson(("other", "64512:1")), old)), "MLB1211", "or keep the alias");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", CommunityJson(("no-export", "65535:65281"), ("other", "64512:1")), old)));
    }

    [Fact]
    public void MLB1212_PointThePeerAtAnotherSecretFirst_ThenTheDeleteIsAdmitted()
    {
        static JsonObject Ref(string name) => new() { ["name"] = name, ["namespace"] = "metallb-system" };
        var cluster = SecretYaml("tor-password") + SecretYaml("tor-password-2") + PeerYaml("passwordSecret: {name: tor-password, namespace: metallb-system}");
        var delete = Reviews.Review("DELETE", null, SecretJson("tor-password"));
        Denied(Reviews.Send(Reviews.Handler(cluster), delete), "MLB1212", "Point the peer at another Secret first");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", PeerJson(("passwordSecret", Ref("tor-password-2"))), PeerJson(("passwordSecret", Ref("tor-password"))))));
        Admitted(Reviews.Send(Reviews.Handler(SecretYaml("tor-password") + SecretYaml("tor-password-2") + PeerYaml("passwordSecret: {name: tor-password-2, namespace: metallb-system}")), delete));
    }

    [Fact]
    public void MLB1213_DeleteAndRecreateThePeer_BothRequestsAreAdmitted()
    {
        var cluster = PeerYaml();
        Denied(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", PeerJson(("enableGracefulRestart", true)), PeerJson())), "MLB1213", "Delete and recreate the peer");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("DELETE", null, PeerJson())));
        Admitted(Reviews.Send(Reviews.Handler(string.Empty), Reviews.Review("CREATE", PeerJson(("enableGracefulRestart", true)))));
    }

    [Fact]
    public void MLB1213_KeepTheOldValue_TheUpdateIsAdmitted()
    {
        var cluster = PeerYaml("enableGracefulRestart: true");
        var old = PeerJson(("enableGracefulRestart", true));
        Denied(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", PeerJson(("enableGracefulRestart", false), ("holdTime", "90s")), old)), "MLB1213", "or keep the old value");

        Admitted(Reviews.Send(Reviews.Handler(cluster), Reviews.Review("UPDATE", PeerJson(("enableGracefulRestart", true), ("holdTime", "90s")), old)));
    }
}
