using System.Text.RegularExpressions;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>Kubernetes' label key (qualified name) and label value syntax, returning the reason when invalid.</summary>
internal static partial class LabelSyntax
{
    private const int NameMax = 63;
    private const int PrefixMax = 253;

    /// <summary>Why <paramref name="key"/> is not a valid label key, or null when it is.</summary>
    public static string? KeyProblem(string key) => key.Split('/') switch
    {
        [var name] => NameProblem(name, "the name"),
        [{ Length: 0 }, _] => "the prefix before '/' must be non-empty",
        [{ Length: > PrefixMax }, _] => $"the prefix must be no more than {PrefixMax} characters",
        [var prefix, _] when !Subdomain().IsMatch(prefix) => "the prefix must be a lowercase DNS subdomain (lower case letters, digits, '-' and '.', starting and ending with a letter or digit)",
        [_, var name] => NameProblem(name, "the name"),
        _ => "a label key has at most one '/' (an optional DNS-subdomain prefix, then the name)",
    };

    /// <summary>Why <paramref name="value"/> is not a valid label value, or null when it is (the empty value is valid).</summary>
    public static string? ValueProblem(string value) => value.Length == 0 ? null : NameProblem(value, "a label value");

    private static string? NameProblem(string name, string what) =>
        name.Length == 0 ? $"{what} must be non-empty"
        : name.Length > NameMax ? $"{what} must be no more than {NameMax} characters (it has {name.Length})"
        : Name().IsMatch(name) ? null
        : $"{what} may contain only letters, digits, '-', '_' and '.', and must start and end with a letter or digit";

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Subdomain();
}
