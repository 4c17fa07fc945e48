using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Topology;

/// <summary>
/// Small topologies written inline: Node objects plus 'ip -j address show' output per node, shaped as iproute2 prints
/// it (ifname, flags, operstate, link_type, addr_info[] with local and prefixlen).
/// </summary>
internal static class LinkFixture
{
    /// <summary>A Node object with the hostname label and <paramref name="extraLabels"/> (one <c>key: value</c> line).</summary>
    public static string Node(string name, string extraLabels = "") =>
        $"apiVersion: v1\nkind: Node\nmetadata:\n  name: {name}\n  labels:\n    kubernetes.io/hostname: {name}\n{(extraLabels.Length == 0 ? string.Empty : $"    {extraLabels}\n")}---\n";

    /// <summary>One interface as <c>ip -j address</c> prints it; <paramref name="addresses"/> are <c>a.b.c.d/len</c>.</summary>
    public static string Link(string name, bool up, params string[] addresses)
    {
        var flags = name == "lo" ? "\"LOOPBACK\",\"UP\",\"LOWER_UP\""
            : name == "kube-ipvs0" ? "\"BROADCAST\",\"NOARP\""
            : up ? "\"BROADCAST\",\"MULTICAST\",\"UP\",\"LOWER_UP\"" : "\"BROADCAST\",\"MULTICAST\"";
        var info = string.Join(",", addresses.Select(a =>
        {
            var parts = a.Split('/');
            var family = parts[0].Contains(':', StringComparison.Ordinal) ? "inet6" : "inet";
            return $"{{\"family\":\"{family}\",\"local\":\"{parts[0]}\",\"prefixlen\":{parts[1]},\"scope\":\"global\"}}";
        }));
        var linkType = name == "lo" ? "loopback" : "ether";
        var operstate = name == "lo" ? "UNKNOWN" : up ? "UP" : "DOWN";
        return $"{{\"ifname\":\"{name}\",\"flags\":[{flags}],\"operstate\":\"{operstate}\",\"link_type\":\"{linkType}\",\"addr_info\":[{info}]}}";
    }

    /// <summary>Loads <paramref name="yaml"/> with <paramref name="interfaces"/> as each node's 'ip -j address' output.</summary>
    public static ValidationReport Validate(string yaml, IReadOnlyDictionary<string, string[]> interfaces, BackendMode mode = BackendMode.Native, ValidationOptions? options = null)
    {
        var loader = new ConfigurationLoader();
        foreach (var (node, links) in interfaces)
        {
            loader.AddIpAddressJson(node, $"[{string.Join(",", links)}]", $"{node}.ip-addr.json");
        }

        var set = loader.AddText(yaml, "test.yaml").Build();
        return new MetalLbValidator((options ?? new ValidationOptions()) with { Mode = mode }).Validate(set);
    }

    /// <summary>The errors of <paramref name="report"/> and its findings of <paramref name="family"/> (rule id prefix).</summary>
    public static IReadOnlyList<Diagnostic> ErrorsAnd(ValidationReport report, string family) =>
        report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.RuleId.StartsWith(family, StringComparison.Ordinal)).ToList();
}
