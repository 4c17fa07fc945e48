using System.Globalization;
using System.Text.RegularExpressions;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>
/// Resolves plain scalars the way Kubernetes' YAML-to-JSON step does (YAML 1.1 booleans included),
/// so that <c>name: 10</c> or <c>autoAssign: "true"</c> are reported as the type errors the API server makes of them.
/// </summary>
internal static partial class ScalarTyping
{
    public static ScalarKind Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "yes" or "Yes" or "YES" or "no" or "No" or "NO"
                or "on" or "On" or "ON" or "off" or "Off" or "OFF":
                return ScalarKind.Bool;
        }

        if (IntegerPattern().IsMatch(text))
        {
            return ScalarKind.Integer;
        }

        return FloatPattern().IsMatch(text) ? ScalarKind.Float : ScalarKind.String;
    }

    public static bool TryGetBool(string text, out bool value)
    {
        value = text is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON";
        return Resolve(text) == ScalarKind.Bool;
    }

    /// <summary>Decimal, <c>0x</c> hex or <c>0o</c> octal integers; false when not an integer or beyond 64 bits.</summary>
    public static bool TryGetInteger(string text, out decimal value)
    {
        value = 0;
        if (!IntegerPattern().IsMatch(text))
        {
            return false;
        }

        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-').Replace("_", string.Empty, StringComparison.Ordinal);
        ulong magnitude;
        bool ok;
        if (digits.StartsWith("0x", StringComparison.Ordinal))
        {
            ok = ulong.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out magnitude);
        }
        else if (digits.StartsWith("0o", StringComparison.Ordinal))
        {
            ok = TryParseOctal(digits[2..], out magnitude);
        }
        else
        {
            ok = ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude);
        }

        value = negative ? -(decimal)magnitude : magnitude;
        return ok;
    }

    private static bool TryParseOctal(string digits, out ulong value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (value > ulong.MaxValue >> 3)
            {
                return false;
            }

            if (c is < '0' or > '7')
            {
                return false;
            }

            value = (value << 3) | (uint)(c - '0');
        }

        return digits.Length > 0;
    }

    [GeneratedRegex("^[-+]?(0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
