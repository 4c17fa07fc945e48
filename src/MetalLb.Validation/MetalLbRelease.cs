using System.Globalization;

namespace MetalLb.Validation;

/// <summary>MetalLB release numbers (<c>0.15.3</c>, <c>v0.14.9</c>) and the releases whose behaviour rules distinguish.</summary>
public static class MetalLbRelease
{
    /// <summary>The last release that applies FRR's RouterID, duplicate-peer and myASN checks cluster-wide (before PR 2980).</summary>
    public static Version ClusterWideFrrChecksThrough { get; } = new(0, 15, 3);

    /// <summary>The first release assumed to limit those FRR checks to peers that share a node (PR 2980, merged after 0.15.3).</summary>
    public static Version NodeAwareFrrChecksFrom { get; } = new(0, 15, 4);

    /// <summary>
    /// The first release whose speaker announces nothing from nodes labelled
    /// <c>node.kubernetes.io/exclude-from-external-load-balancers</c> (speaker/bgp_controller.go, layer2_controller.go).
    /// </summary>
    public static Version ExcludeLbLabelFrom { get; } = new(0, 14, 0);

    /// <summary>The first release whose speaker takes <c>--ignore-exclude-lb</c>.</summary>
    public static Version IgnoreExcludeLbFlagFrom { get; } = new(0, 14, 4);

    /// <summary>Parses <c>X.Y.Z</c> with an optional leading <c>v</c>.</summary>
    public static bool TryParse(string? text, out Version? version)
    {
        version = null;
        var trimmed = text?.Trim().TrimStart('v', 'V');
        var parts = trimmed?.Split('.');
        if (parts is not { Length: 2 or 3 } || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        version = new Version(numbers[0], numbers[1], numbers.Length > 2 ? numbers[2] : 0);
        return true;
    }
}
