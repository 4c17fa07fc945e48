using System.Text.Json.Nodes;
using MetalLb.Validation.Tests.Admission;

namespace MetalLb.Validation.Tests.Rules.Admission;

public class AdmissionRulesTests
{
    private const string Bfd = """
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata:
          name: fast
          namespace: metallb-system
        """;

    private static string PeerUsing(string? profile) => Check.Peer("tor", $"myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1{(profile is null ? string.Empty : "\nbfdProfile: " + profile)}");

    private static readonly JsonObject BfdJson = Reviews.Object("BFDProfile", "fast", []);

    private const string Communities = """
        apiVersion: metallb.io/v1beta1
        kind: Community
        metadata:
          name: communities
          namespace: metallb-system
        spec:
          communities:
            - name: no-export
              value: 65535:65281
        """;

    private static string AdvertisementUsing(string community) => $$"""
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: internet
          namespace: metallb-system
        spec:
          communities:
            - {{community}}
        """;

    private static JsonObject CommunityJson(params (string Name, string Value)[] aliases) => Reviews.Object(
        "Community", "communities",
        new JsonObject { ["communities"] = new JsonArray(aliases.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["value"] = a.Value }).ToArray()) });

    [Fact]
    public void MLB1210_DeletingABfdProfileInUse_IsDenied()
    {
        var handler = Reviews.Handler(Bfd + "\n---\n" + PeerUsing("fast"));

        var response = Reviews.Send(handler, Reviews.Review("DELETE", null, BfdJson));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1210", response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains("BGPPeer/tor", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1210_DeletingAnUnusedBfdProfile_IsAllowed()
    {
        var handler = Reviews.Handler(Bfd + "\n---\n" + PeerUsing(null));

        Assert.True(Reviews.Send(handler, Reviews.Review("DELETE", null, BfdJson)).Allowed);
    }

    [Fact]
    public void MLB1210_UpdatingABfdProfileInUse_IsAllowed()
    {
        var handler = Reviews.Handler(Bfd + "\n---\n" + PeerUsing("fast"));

        var response = Reviews.Send(handler, Reviews.Review("UPDATE", Reviews.Object("BFDProfile", "fast", new JsonObject { ["detectMultiplier"] = 5 }), BfdJson));

        Assert.True(response.Allowed, response.Status?.Message);
    }

    [Fact]
    public void MLB1210_IsSilentInBatchValidation()
    {
        Check.None(Bfd + "\n---\n" + PeerUsing("fast"), "MLB1210");
    }

    [Fact]
    public void MLB1211_DeletingACommunityWhoseAliasIsUsed_IsDenied()
    {
        var handler = Reviews.Handler(Communities + "\n---\n" + AdvertisementUsing("no-export"));

        var response = Reviews.Send(handler, Reviews.Review("DELETE", null, CommunityJson(("no-export", "65535:65281"))));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1211", response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains("spec.communities[0]", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1211_UpdateThatDropsAUsedAlias_IsDenied()
    {
        var handler = Reviews.Handler(Communities + "\n---\n" + AdvertisementUsing("no-export"));

        var response = Reviews.Send(handler, Reviews.Review("UPDATE", CommunityJson(("other", "64512:1")), CommunityJson(("no-export", "65535:65281"))));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1211", response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1211_DeletingACommunityWhenTheAdvertisementUsesTheValue_IsAllowed()
    {
        var handler = Reviews.Handler(Communities + "\n---\n" + AdvertisementUsing("\"65535:65281\""));

        var response = Reviews.Send(handler, Reviews.Review("DELETE", null, CommunityJson(("no-export", "65535:65281"))));

        Assert.True(response.Allowed, response.Status?.Message);
    }

    private const string Secret = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: tor-password
          namespace: metallb-system
        type: kubernetes.io/basic-auth
        data:
          password: aHVudGVyMi1zZWNyZXQ=
        """;

    private static readonly JsonObject SecretJson = new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Secret",
        ["metadata"] = Reviews.Meta("tor-password"),
        ["type"] = "kubernetes.io/basic-auth",
        ["data"] = new JsonObject { ["password"] = "aHVudGVyMi1zZWNyZXQ=" },
    };

    private static string PeerWithSecret(string secret) =>
        Check.Peer("tor", $"myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\npasswordSecret:\n  name: {secret}\n  namespace: metallb-system");

    [Fact]
    public void MLB1212_DeletingAPasswordSecretInUse_IsDenied_WithoutShowingTheValue()
    {
        var handler = Reviews.Handler(Secret + "\n---\n" + PeerWithSecret("tor-password"));

        var response = Reviews.Send(handler, Reviews.Review("DELETE", null, SecretJson));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1212", response.Status!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aHVudGVy", System.Text.Json.JsonSerializer.Serialize(response), StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1212_DeletingAnUnusedSecret_IsAllowed()
    {
        var handler = Reviews.Handler(Secret + "\n---\n" + PeerWithSecret("other-secret"));

        Assert.True(Reviews.Send(handler, Reviews.Review("DELETE", null, SecretJson)).Allowed);
    }

    private static JsonObject PeerJson(bool? gracefulRestart)
    {
        var spec = new JsonObject { ["myASN"] = 64512, ["peerASN"] = 64600, ["peerAddress"] = "10.0.0.1" };
        if (gracefulRestart is { } value)
        {
            spec["enableGracefulRestart"] = value;
        }

        return Reviews.Object("BGPPeer", "tor", spec, "metallb.io/v1beta2");
    }

    [Fact]
    public void MLB1213_ChangingGracefulRestart_IsDenied()
    {
        var handler = Reviews.Handler(PeerUsing(null));

        var response = Reviews.Send(handler, Reviews.Review("UPDATE", PeerJson(true), PeerJson(null)));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1213", response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1213_KeepingGracefulRestart_IsAllowed()
    {
        var handler = Reviews.Handler(PeerUsing(null));

        var response = Reviews.Send(handler, Reviews.Review("UPDATE", PeerJson(false), PeerJson(null)));

        Assert.True(response.Allowed, response.Status?.Message);
    }

    [Fact]
    public void MLB1213_FileValidation_NeverFires() =>
        Check.None(Check.Peer("tor", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nenableGracefulRestart: true"), "MLB1213");
}
