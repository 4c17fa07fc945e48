using System.Net;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Tests.Preflight;

public class SessionPlannerTests
{
    private const string Node = """
        apiVersion: v1
        kind: Node
        metadata:
          name: worker-1
          labels:
            rack: r1
        ---

        """;

    [Fact]
    public void Plan_SelectsPeersByTheNodesLabels()
    {
        var yaml = Node
            + Check.Peer("everywhere", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1")
            + Check.Peer("rack1", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.2\nnodeSelectors:\n- matchLabels:\n    rack: r1")
            + Check.Peer("rack2", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.3\nnodeSelectors:\n- matchLabels:\n    rack: r2");

        var plan = Plan(yaml);

        Assert.Equal(["everywhere", "rack1"], plan.Sessions.Select(s => s.Peer.Name));
        Assert.Empty(plan.Findings);
    }

    [Fact]
    public void Plan_PeerOutsideMetalLbsNamespace_NotProbed()
    {
        // MetalLB never reads a BGPPeer outside its namespace (internal/k8s/k8s.go), so no speaker opens its session.
        var yaml = Node
            + Check.Peer("everywhere", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1")
            + Check.Peer("rack1", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.2")
            + Rules.Yaml.Object("BGPPeer", "stale", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.9", "metallb.io/v1beta2", ns: "default");

        Assert.Equal(["everywhere", "rack1"], Plan(yaml).Sessions.Select(s => s.Peer.Name));
    }

    [Fact]
    public void Plan_NodeNotInInput_ProbesOnlyUnselectivePeersAndSaysSo()
    {
        var yaml = Check.Peer("everywhere", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1")
            + Check.Peer("rack1", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.2\nnodeSelectors:\n- matchLabels:\n    rack: r1");

        var plan = Plan(yaml);

        Assert.Equal(["everywhere"], plan.Sessions.Select(s => s.Peer.Name));
        Assert.Equal("MLB1111", Assert.Single(plan.Findings).RuleId);
    }

    [Fact]
    public void Plan_NodeMissingFromTheInputsNodes_IsAnErrorWithTheClosestName_AndNothingIsProbed()
    {
        var yaml = Node + Check.Peer("everywhere", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1");

        var plan = SessionPlanner.Plan(Load(yaml), "worker-9", PreflightOptions.Default);

        var finding = Assert.Single(plan.Findings);
        Assert.Equal(("MLB1007", DiagnosticSeverity.Error, "worker-9"), (finding.RuleId, finding.Severity, finding.Node));
        Assert.Contains("did you mean 'worker-1'?", finding.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Sessions);
    }

    [Fact]
    public void Plan_NoPeerSelectsTheNode_SaysNoSessions()
    {
        var yaml = Node + Check.Peer("rack2", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.3\nnodeSelectors:\n- matchLabels:\n    rack: r2");

        Assert.Equal("MLB1112", Assert.Single(Plan(yaml).Findings).RuleId);
    }

    [Fact]
    public void Plan_Defaults_Port179Hold90Timeout5sNoSource()
    {
        var session = Assert.Single(Plan(Node + Check.Peer("p", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1")).Sessions);

        Assert.Equal(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 179), session.Router);
        Assert.Equal((ushort)90, session.HoldTimeSeconds);
        Assert.Equal(TimeSpan.FromSeconds(5), session.Timeout);
        Assert.Null(session.Source);
        Assert.Null(session.Password);
        Assert.True(session.SingleHop);
        Assert.Equal([((ushort)1, (byte)1)], session.Families);
    }

    [Fact]
    public void Plan_PeerFields_AreCarriedOver()
    {
        var spec = "myASN: 64512\npeerASN: 64512\npeerAddress: \"2001:db8::1\"\npeerPort: 1179\nholdTime: 30s\nconnectTime: 2s\nrouterID: 10.1.1.1\npassword: s3cret\ndualStackAddressFamily: true";

        var session = Assert.Single(Plan(Node + Check.Peer("p", spec)).Sessions);

        Assert.Equal(1179, session.Router.Port);
        Assert.Equal((ushort)30, session.HoldTimeSeconds);
        Assert.Equal(TimeSpan.FromSeconds(2), session.Timeout);
        Assert.Equal(IPAddress.Parse("10.1.1.1"), session.RouterId);
        Assert.Equal("s3cret", session.Password!.Reveal());
        Assert.False(session.SingleHop);
        Assert.Equal([((ushort)2, (byte)1), ((ushort)1, (byte)1)], session.Families);
    }

    [Fact]
    public void Plan_TimeoutOption_OverridesConnectTime()
    {
        var yaml = Node + Check.Peer("p", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1\nconnectTime: 20s");

        var session = Assert.Single(SessionPlanner.Plan(Load(yaml), "worker-1", new PreflightOptions { Timeout = TimeSpan.FromSeconds(1) }).Sessions);

        Assert.Equal(TimeSpan.FromSeconds(1), session.Timeout);
    }

    [Theory]
    [InlineData(BackendMode.Native, "10.0.0.9", 64600u, 0)]
    [InlineData(BackendMode.Frr, "10.0.0.9", 64600u, 0)]
    [InlineData(BackendMode.FrrK8s, null, 64512u, 2)]
    public void Plan_SourceAndLocalAsn_FollowTheMode(BackendMode mode, string? source, uint asn, int warnings)
    {
        var yaml = Node + Check.Peer("p", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1\nsourceAddress: 10.0.0.9\nlocalASN: 64600");

        var plan = SessionPlanner.Plan(Load(yaml), "worker-1", new PreflightOptions { Mode = mode });

        var session = Assert.Single(plan.Sessions);
        Assert.Equal(source, session.Source?.ToString());
        Assert.Equal(asn, session.LocalAsn);
        Assert.Equal(warnings, plan.Findings.Count(f => f.RuleId == "MLB1113"));
        Assert.Equal(mode != BackendMode.Native, session.SingleHop);
    }

    private const string SecretPeer = "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1\npasswordSecret:\n  name: bgp-auth";

    [Fact]
    public void Plan_PasswordSecret_WarnsAndProbesWithoutPassword()
    {
        var plan = Plan(Node + Check.Peer("p", SecretPeer));

        Assert.Null(Assert.Single(plan.Sessions).Password);
        var finding = Assert.Single(plan.Findings);
        Assert.Equal("MLB1109", finding.RuleId);
        Assert.Equal("spec.passwordSecret", finding.Path);
        Assert.Contains("--secret bgp-auth=DIR", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MountedPasswordSecret_ProbesWithItsPasswordKey()
    {
        var mount = Directory.CreateTempSubdirectory("secret");
        try
        {
            File.WriteAllText(Path.Combine(mount.FullName, "password"), "from-the-secret");
            File.WriteAllText(Path.Combine(mount.FullName, "username"), "ignored");

            var plan = PlanWithSecret(mount.FullName);

            Assert.Equal("from-the-secret", Assert.Single(plan.Sessions).Password!.Reveal());
            Assert.Empty(plan.Findings);
        }
        finally
        {
            mount.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plan_MountedSecretWithoutPasswordKey_WarnsAndProbesWithoutPassword()
    {
        var mount = Directory.CreateTempSubdirectory("secret");
        try
        {
            var plan = PlanWithSecret(mount.FullName);

            Assert.Null(Assert.Single(plan.Sessions).Password);
            var finding = Assert.Single(plan.Findings);
            Assert.Equal("MLB1109", finding.RuleId);
            Assert.Contains("its 'password' key could not be read", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            mount.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plan_MountedPasswordThatIsNotUtf8_WarnsAndProbesWithoutPassword()
    {
        var mount = Directory.CreateTempSubdirectory("secret");
        try
        {
            File.WriteAllBytes(Path.Combine(mount.FullName, "password"), [0x73, 0xE9, 0x63]);

            var plan = PlanWithSecret(mount.FullName);

            Assert.Null(Assert.Single(plan.Sessions).Password);
            Assert.Contains("its 'password' key is not UTF-8 text", Assert.Single(plan.Findings).Message, StringComparison.Ordinal);
        }
        finally
        {
            mount.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("bad\0path")]
    [InlineData("")]
    public void Plan_UnusableMountPath_IsAFindingNotAnException(string directory)
    {
        var plan = PlanWithSecret(directory);

        Assert.Equal("MLB1109", Assert.Single(plan.Findings).RuleId);
    }

    private static SessionPlan PlanWithSecret(string directory) =>
        SessionPlanner.Plan(Load(Node + Check.Peer("p", SecretPeer)), "worker-1", new PreflightOptions { MountedSecrets = new Dictionary<string, string> { ["bgp-auth"] = directory } });

    [Theory]
    [InlineData("myASN: 64512\npeerASN: 64513\ninterface: eth1", "spec.interface")]
    [InlineData("myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1\nvrf: red", "spec.vrf")]
    [InlineData("peerASN: 64513\npeerAddress: 10.0.0.1", "spec.myASN")]
    [InlineData("myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.300", "spec.peerAddress")]
    public void Plan_UnprobeableSession_IsSkippedWithAReason(string spec, string path)
    {
        var plan = Plan(Node + Check.Peer("p", spec));

        Assert.Empty(plan.Sessions);
        var finding = Assert.Single(plan.Findings, f => f.RuleId == "MLB1110");
        Assert.Equal(path, finding.Path);
        Assert.Equal("worker-1", finding.Node);
    }

    [Fact]
    public void PasswordNeverAppearsInFindings()
    {
        var yaml = Check.Peer("p", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1\npassword: hunter2\nvrf: red");

        var plan = SessionPlanner.Plan(Load(yaml), "worker-1", PreflightOptions.Default);

        Assert.DoesNotContain(plan.Findings, f => f.ToString().Contains("hunter2", StringComparison.Ordinal));
    }

    private static SessionPlan Plan(string yaml) => SessionPlanner.Plan(Load(yaml), "worker-1", PreflightOptions.Default);

    private static Validation.Model.ConfigurationSet Load(string yaml) => ConfigurationLoader.LoadText(yaml, "test.yaml");
}
