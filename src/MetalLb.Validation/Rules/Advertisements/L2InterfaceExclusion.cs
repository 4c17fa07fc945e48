using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// The interfaces MetalLB's layer 2 speaker never announces on: <c>announcedInterfacesToExclude</c> in the
/// <c>metallb-excludel2</c> ConfigMap (mounted at /etc/metallb/excludel2.yaml; <c>speaker/main.go</c>
/// <c>parseAnnouncedInterfacesToExclude</c> joins the patterns as <c>(p1)|(p2)...</c>). <c>internal/layer2</c>
/// <c>updateInterfaces</c> leaves every interface whose name matches out of the list <c>GetInterfaces</c> returns, so
/// <c>SetBalancer</c>'s <c>MatchInterfaces</c> never finds it. The list below is the one MetalLB's manifests
/// (config/native/exclude-l2-config.yaml) and Helm chart (<c>speaker.excludeInterfaces.enabled</c>, true by default)
/// install, per release; the ConfigMap is the user's to change, which the input does not show.
/// </summary>
internal sealed class L2InterfaceExclusion
{
    private static readonly string[] Unanchored = ["docker.*", "cbr.*", "dummy.*", "virbr.*", "lxcbr.*", "veth.*", "lo", "^cali.*", "^tunl.*", "flannel.*", "kube-ipvs.*", "cni.*", "^nodelocaldns.*"];
    private static readonly string[] Anchored = ["^docker.*", "^cbr.*", "^dummy.*", "^virbr.*", "^lxcbr.*", "^veth.*", "^lo$", "^cali.*", "^tunl.*", "^flannel.*", "^kube-ipvs.*", "^cni.*", "^nodelocaldns.*"];

    // Clusters reuse a few interface names on every node and the webhook asks on every request: the answer per name is
    // kept, up to a bound, so hostile names cannot grow it without limit.
    private const int MaxRemembered = 4096;

    private static readonly L2InterfaceExclusion UnanchoredList = new(Unanchored);
    private static readonly L2InterfaceExclusion AnchoredList = new(Anchored);
    private static readonly L2InterfaceExclusion LxcList = new([.. Anchored, "^lxc.*"]);

    private readonly (string Pattern, Regex Regex)[] _patterns;
    private readonly ConcurrentDictionary<string, string?> _excluding = new(StringComparer.Ordinal);

    private L2InterfaceExclusion(IEnumerable<string> patterns) =>
        _patterns = patterns.Select(p => (p, new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))).ToArray();

    /// <summary>The first release whose manifests install the exclusion list (commit ebc875a5, first tagged in v0.13.10).</summary>
    public static Version From { get; } = new(0, 13, 10);

    /// <summary>The release whose list anchors every pattern (<c>^lo$</c> rather than <c>lo</c>).</summary>
    public static Version AnchoredFrom { get; } = new(0, 13, 11);

    /// <summary>The release that adds <c>^lxc.*</c> (commit fae0f02d, Cilium's lxc interfaces).</summary>
    public static Version LxcFrom { get; } = new(0, 15, 3);

    /// <summary>The default list of <paramref name="release"/>, or null before the list existed.</summary>
    public static L2InterfaceExclusion? For(Version release) =>
        release < From ? null
            : release < AnchoredFrom ? UnanchoredList
            : release < LxcFrom ? AnchoredList
            : LxcList;

    /// <summary>The pattern that excludes <paramref name="name"/> (Go's unanchored MatchString), or null.</summary>
    public string? Excluding(string name)
    {
        if (_excluding.TryGetValue(name, out var pattern))
        {
            return pattern;
        }

        pattern = _patterns.FirstOrDefault(p => p.Regex.IsMatch(name)).Pattern;
        if (_excluding.Count < MaxRemembered)
        {
            _excluding.TryAdd(name, pattern);
        }

        return pattern;
    }

    /// <summary>Says which listed interfaces the speaker leaves out and why; empty when none is.</summary>
    public string Describe(IEnumerable<string> names)
    {
        var excluded = names.Select(n => (Name: n, Pattern: Excluding(n))).Where(x => x.Pattern is not null).ToList();
        if (excluded.Count == 0)
        {
            return string.Empty;
        }

        var which = string.Join(", ", excluded.Select(x => $"{x.Name} (pattern {x.Pattern})"));
        return $"; the speaker never announces on {which}: MetalLB's default announcedInterfacesToExclude (ConfigMap metallb-excludel2) drops matching interfaces from the list it announces on";
    }
}
