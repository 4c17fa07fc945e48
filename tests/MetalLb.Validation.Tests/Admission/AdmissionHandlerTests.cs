using System.Text.Json;
using System.Text.Json.Nodes;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Admission;

public class AdmissionHandlerTests
{
    private static readonly string Cluster = Check.Pool("public", "203.0.113.0/25");

    [Fact]
    public void Create_CleanPool_IsAllowed_AndEchoesUid()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", Reviews.Pool("office", "192.168.60.0/28"), uid: "abc-123"));

        Assert.True(response.Allowed);
        Assert.Equal("abc-123", response.Uid);
        Assert.Null(response.Status);
        Assert.Null(response.Warnings);
    }

    [Fact]
    public void Create_OverlappingAnExistingPool_IsDeniedWith422AndRuleId()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", Reviews.Pool("public-extra", "203.0.113.64/26")));

        Assert.False(response.Allowed);
        Assert.Equal(422, response.Status!.Code);
        Assert.Contains("MLB0104", response.Status.Message, StringComparison.Ordinal);
        Assert.Contains("203.0.113.64/26", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ReplacesTheOldObject_SoItDoesNotOverlapItself()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("UPDATE", Reviews.Pool("public", "203.0.113.0/24"), Reviews.Pool("public", "203.0.113.0/25")));

        Assert.True(response.Allowed, response.Status?.Message);
    }

    [Fact]
    public void Create_WithWarning_IsAllowedWithWarnings()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", Reviews.Pool("office", "192.168.60.5/28")));

        Assert.True(response.Allowed);
        var warning = Assert.Single(response.Warnings!);
        Assert.StartsWith("MLB0107", warning, StringComparison.Ordinal);
        Assert.InRange(warning.Length, 1, AdmissionWarnings.MaxItemLength);
    }

    [Fact]
    public void Create_UnknownField_IsDenied_WithTheFieldPath()
    {
        var pool = Reviews.Pool("office", "192.168.60.0/28");
        pool["spec"]!["autoAsign"] = false;

        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", pool));

        Assert.False(response.Allowed);
        Assert.Contains("MLB0005", response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains("autoAsign", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreExistingProblemsElsewhere_DoNotBlockAnUnrelatedChange()
    {
        var broken = Cluster + "\n---\n" + Check.Pool("old-overlap", "203.0.113.10/32");

        var response = Reviews.Send(Reviews.Handler(broken), Reviews.Review("CREATE", Reviews.Pool("office", "192.168.60.0/28")));

        Assert.True(response.Allowed, response.Status?.Message);
    }

    [Fact]
    public void Update_KeepingAnErrorOnTheObjectItself_IsStillDenied()
    {
        var broken = Cluster + "\n---\n" + Check.Pool("office", "nope");

        var response = Reviews.Send(Reviews.Handler(broken), Reviews.Review("UPDATE", Reviews.Pool("office", "nope"), Reviews.Pool("office", "nope")));

        Assert.False(response.Allowed);
        Assert.Contains("MLB0102", response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deny_WithSeveralErrors_ListsThemAll()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", Reviews.Pool("x", "bad-1", "bad-2")));

        Assert.StartsWith("2 errors: ", response.Status!.Message, StringComparison.Ordinal);
        Assert.Contains("bad-1", response.Status.Message, StringComparison.Ordinal);
        Assert.Contains("bad-2", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamespaceMissingFromObject_IsTakenFromTheRequest()
    {
        var pool = Reviews.Pool("public-extra", "203.0.113.64/26");
        ((JsonObject)pool["metadata"]!).Remove("namespace");

        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", pool));

        Assert.False(response.Allowed);
        Assert.Contains("MLB0104", response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_OfAnUnreferencedObject_IsAllowed()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("DELETE", null, Reviews.Pool("public", "203.0.113.0/25")));

        Assert.True(response.Allowed);
    }

    [Fact]
    public void NonMetalLbObject_IsAllowed()
    {
        var configMap = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = Reviews.Meta("x") };

        Assert.True(Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", configMap)).Allowed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1beta1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\"}}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\"}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"operation\":\"CREATE\"}}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"operation\":\"CREATE\"}}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"operation\":\"CREATE\",\"object\":\"text\"}}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"operation\":\"PATCH\"}}")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":5}}")]
    public void Malformed_Gets400_NeverThrows(string body)
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), body);

        Assert.False(response.Allowed);
        Assert.Equal(400, response.Status!.Code);
        Assert.False(string.IsNullOrWhiteSpace(response.Status.Message));
        Assert.DoesNotContain("   at ", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_EchoesTheUidWhenItCanBeRead()
    {
        var response = Reviews.Send(Reviews.Handler(Cluster), "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"keep-me\",\"operation\":\"CREATE\",\"dryRun\":\"yes\"}}");

        Assert.Equal("keep-me", response.Uid);
        Assert.Equal(400, response.Status!.Code);
    }

    [Fact]
    public void FailingSnapshot_IsDeniedWithAPlainMessage()
    {
        var handler = new AdmissionHandler(new ThrowingSnapshot());

        var response = Reviews.Send(handler, Reviews.Review("CREATE", Reviews.Pool("p", "10.0.0.0/24")));

        Assert.False(response.Allowed);
        Assert.Equal(503, response.Status!.Code);
        Assert.Contains("API server unreachable", response.Status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_NeverAppearInResponses()
    {
        var peer = Reviews.Object("BGPPeer", "p", new JsonObject { ["myASN"] = 0, ["peerASN"] = 64600, ["peerAddress"] = "10.0.0.1/32", ["password"] = "hunter2-secret" }, "metallb.io/v1beta2");

        var response = Reviews.Send(Reviews.Handler(Cluster), Reviews.Review("CREATE", peer));

        Assert.False(response.Allowed);
        Assert.DoesNotContain("hunter2", JsonSerializer.Serialize(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseJson_HasTheFieldNamesTheApiServerReads()
    {
        var handler = Reviews.Handler(Cluster);
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Reviews.Review("CREATE", Reviews.Pool("x", "203.0.113.1/32"), uid: "u-1")));

        var json = JsonNode.Parse(AdmissionHandler.Serialize(await handler.HandleAsync(body)))!;

        Assert.Equal("admission.k8s.io/v1", json["apiVersion"]!.GetValue<string>());
        Assert.Equal("AdmissionReview", json["kind"]!.GetValue<string>());
        Assert.Equal("u-1", json["response"]!["uid"]!.GetValue<string>());
        Assert.False(json["response"]!["allowed"]!.GetValue<bool>());
        Assert.Equal(422, json["response"]!["status"]!["code"]!.GetValue<int>());
        Assert.Null(json["request"]);
    }

    [Fact]
    public void SameSnapshotList_IsValidatedOnce_ThenOncePerRequest()
    {
        var counter = new CountingRule();
        var handler = new AdmissionHandler(new SwitchingSnapshot(Cluster), new MetalLbValidator(catalog: RuleCatalog.Default.With(counter.Rule)));

        Reviews.Send(handler, Reviews.Review("CREATE", Reviews.Pool("a", "192.168.60.0/28")));
        Reviews.Send(handler, Reviews.Review("CREATE", Reviews.Pool("b", "192.168.61.0/28")));
        Reviews.Send(handler, Reviews.Review("DELETE", null, Reviews.Pool("public", "203.0.113.0/25")));

        Assert.Equal(1 + 3, counter.Runs);
    }

    [Fact]
    public void NewSnapshotList_IsValidatedAgain_SoItsOwnProblemsStillDoNotBlock()
    {
        var snapshot = new SwitchingSnapshot(Cluster);
        var counter = new CountingRule();
        var handler = new AdmissionHandler(snapshot, new MetalLbValidator(catalog: RuleCatalog.Default.With(counter.Rule)));
        Assert.True(Reviews.Send(handler, Reviews.Review("CREATE", Reviews.Pool("a", "192.168.60.0/28"))).Allowed);

        snapshot.Switch(Cluster + "\n---\n" + Check.Pool("old-overlap", "203.0.113.10/32"));
        var response = Reviews.Send(handler, Reviews.Review("CREATE", Reviews.Pool("b", "192.168.61.0/28")));

        Assert.True(response.Allowed, response.Status?.Message);
        Assert.Equal(4, counter.Runs);
    }

    [Fact]
    public async Task TokenCancelledDuringValidation_ThrowsRatherThanAnswering()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new AdmissionHandler(new SwitchingSnapshot(Cluster), new MetalLbValidator(catalog: new RuleCatalog([Rule.ForSet(new RuleDescriptor("MLB9996", "Test: cancels the request", RuleCategory.Pools, DiagnosticSeverity.Info), _ => cancellation.Cancel())])));
        var review = System.Text.Encoding.UTF8.GetBytes(Reviews.Review("CREATE", Reviews.Pool("a", "192.168.60.0/28")));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.HandleAsync(review, cancellation.Token));
    }

    private sealed class SwitchingSnapshot(string yaml) : IClusterSnapshot
    {
        private IReadOnlyList<Validation.Model.KubernetesObject> _objects = ConfigurationLoader.LoadText(yaml, "cluster.yaml").Objects;

        public void Switch(string yaml) => _objects = ConfigurationLoader.LoadText(yaml, "cluster.yaml").Objects;

        public ValueTask<IReadOnlyList<Validation.Model.KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(_objects);
    }

    private sealed class CountingRule
    {
        public CountingRule() => Rule = Rule.ForSet(new RuleDescriptor("MLB9997", "Test: counts validations", RuleCategory.Pools, DiagnosticSeverity.Info), _ => Runs++);

        public Rule Rule { get; }

        public int Runs { get; private set; }
    }

    private sealed class ThrowingSnapshot : IClusterSnapshot
    {
        public ValueTask<IReadOnlyList<Validation.Model.KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
            throw new HttpRequestException("API server unreachable");
    }
}
