namespace MetalLb.Validation.Tests.Rules;

/// <summary>Builders for the cross-object fixtures: advertisements, nodes, BFD profiles, communities.</summary>
internal static class Yaml
{
    public static string Object(string kind, string name, string spec, string apiVersion = "metallb.io/v1beta1", string? labels = null, string ns = "metallb-system") => $"""
        apiVersion: {apiVersion}
        kind: {kind}
        metadata:
          name: {name}
        {(ns.Length > 0 ? $"  namespace: {ns}" : string.Empty)}
        {(labels is null ? string.Empty : $"  labels: {{{labels}}}")}
        spec:
        {Indent(spec)}
        ---

        """;

    public static string BgpAd(string name, string spec = "{}") => Object("BGPAdvertisement", name, spec);

    public static string L2Ad(string name, string spec = "{}") => Object("L2Advertisement", name, spec);

    public static string Bfd(string name, string spec) => Object("BFDProfile", name, spec);

    public static string LabeledPool(string name, string labels, params string[] addresses) =>
        Object("IPAddressPool", name, "addresses: [" + string.Join(", ", addresses.Select(a => $"\"{a}\"")) + "]", labels: labels);

    public static string Node(string name, string labels = "") =>
        $"apiVersion: v1\nkind: Node\nmetadata:\n  name: {name}\n  labels: {{kubernetes.io/hostname: {name}{(labels.Length > 0 ? ", " + labels : string.Empty)}}}\n---\n";

    public static string Peer(string name, string address, uint myAsn = 64512, uint peerAsn = 64600, string extra = "") =>
        Check.Peer(name, $"myASN: {myAsn}\npeerASN: {peerAsn}\npeerAddress: \"{address}\"" + (extra.Length > 0 ? "\n" + extra : string.Empty));

    public static ValidationOptions Native { get; } = new() { Mode = Diagnostics.BackendMode.Native };

    public static ValidationOptions Frr { get; } = new() { Mode = Diagnostics.BackendMode.Frr };

    public static ValidationOptions FrrK8s { get; } = new() { Mode = Diagnostics.BackendMode.FrrK8s };

    private static string Indent(string spec) => string.Join("\n", spec.Split('\n').Select(l => "  " + l));
}
