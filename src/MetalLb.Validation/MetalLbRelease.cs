using System.Globalization;

namespace MetalLb.Validation;

/// <summary>MetalLB release numbers (<c>0.15.3</c>, <c>v0.14.9</c>), the releases this tool knows, and the releases whose behaviour rules distinguish.</summary>
public static class MetalLbRelease
{
    /// <summary>
    /// Every MetalLB release since the CRD API (0.13.0), from MetalLB's own <c>vX.Y.Z</c> tags, oldest first
    /// (there is no 0.15.4: 0.16.0 follows 0.15.3).
    /// </summary>
    public static IReadOnlyList<Version> Known { get; } =
    [
        .. Series(13, 12),
        .. Series(14, 9),
        .. Series(15, 3),
        .. Series(16, 1),
    ];

    /// <summary>The newest release this tool knows: the default release validations reproduce.</summary>
    public static Version Newest => Known[^1];

    /// <summary>The oldest release this tool knows: 0.13.0, the first with the CRD API (<c>metallb.io</c> objects).</summary>
    public static Version Oldest => Known[0];

    /// <summary>The last release that applies FRR's RouterID, duplicate-peer and myASN checks cluster-wide (before PR 2980).</summary>
    internal static Version ClusterWideFrrChecksThrough { get; } = new(0, 15, 3);

    /// <summary>
    /// The first release that limits those FRR checks to peers that share a node: PR 2980 (commit 2b9a46cb,
    /// <c>checkFRRPeersCompatible</c>/<c>peersShareNode</c> in <c>internal/config/validation.go</c>), first tagged in v0.16.0.
    /// </summary>
    internal static Version NodeAwareFrrChecksFrom { get; } = new(0, 16, 0);

    /// <summary>The known releases as one readable list: <c>0.13.0, 0.13.1, ..., 0.16.1</c>.</summary>
    public static string KnownList => string.Join(", ", Known.Select(v => v.ToString()));

    /// <summary>True when <paramref name="release"/> is one of <see cref="Known"/> (<c>0.15</c> means <c>0.15.0</c>).</summary>
    public static bool IsKnown(Version? release) => release is not null && Known.Contains(Normalize(release));

    /// <summary>
    /// <paramref name="release"/> as a known release, or an <see cref="ArgumentException"/> naming the known releases
    /// when it is not one (unknown, or older than the CRD API).
    /// </summary>
    internal static Version Require(Version release, string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(release, paramName);
        return IsKnown(release)
            ? Normalize(release)
            : throw new ArgumentException(UnknownMessage(release.ToString()), paramName);
    }

    /// <summary>Why <paramref name="text"/> is not a release this tool can reproduce, listing the ones it can.</summary>
    internal static string UnknownMessage(string text) =>
        TryParse(text, out var parsed) && parsed < Oldest
            ? $"MetalLB {parsed} is older than the CRD API ({Oldest}), which this tool validates; known releases: {KnownList}"
            : $"'{text}' is not a MetalLB release this tool knows; known releases: {KnownList}";

    /// <summary>
    /// The first release whose speaker announces nothing from nodes labelled
    /// <c>node.kubernetes.io/exclude-from-external-load-balancers</c> (speaker/bgp_controller.go, layer2_controller.go).
    /// </summary>
    internal static Version ExcludeLbLabelFrom { get; } = new(0, 14, 0);

    /// <summary>The first release whose speaker takes <c>--ignore-exclude-lb</c>.</summary>
    internal static Version IgnoreExcludeLbFlagFrom { get; } = new(0, 14, 4);

    /// <summary>Parses <c>X.Y.Z</c> with an optional leading <c>v</c>.</summary>
    public static bool TryParse(string? text, out Version? version)
    {
        version = null;
        var trimmed = text?.Trim().TrimStart('v', 'V');
        var parts = trimmed?.Split('.');
        if (parts is not { Length: 2 or 3 } || !parts.All(p => p.Length is > 0 and < 10 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        version = new Version(numbers[0], numbers[1], numbers.Length > 2 ? numbers[2] : 0);
        return true;
    }

    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(0, v.Build));

    private static IEnumerable<Version> Series(int minor, int lastPatch) =>
        Enumerable.Range(0, lastPatch + 1).Select(patch => new Version(0, minor, patch));
}
