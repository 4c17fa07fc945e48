using System.Globalization;
using System.Text;

namespace MetalLb.Validation.Admission;

/// <summary>
/// Fits warnings into what the API server passes on: it sends them as HTTP <c>Warning</c> headers (so only printable
/// ASCII is safe), de-duplicates them, and once their total exceeds 4096 characters cuts each to 256.
/// </summary>
internal static class AdmissionWarnings
{
    /// <summary>The longest warning kept whole.</summary>
    public const int MaxItemLength = 256;

    /// <summary>The most characters all warnings together may use.</summary>
    public const int MaxTotalLength = 4096;

    /// <summary>Sanitised, de-duplicated, each at most <see cref="MaxItemLength"/>, together at most <see cref="MaxTotalLength"/>.</summary>
    public static IReadOnlyList<string> Fit(IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var all = warnings.Select(w => Shorten(Sanitize(w), MaxItemLength)).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        var total = 0;
        const int reserve = 80;
        for (var i = 0; i < all.Count; i++)
        {
            var budget = MaxTotalLength - total - (i == all.Count - 1 ? 0 : reserve);
            if (all[i].Length > budget)
            {
                kept.Add(string.Create(CultureInfo.InvariantCulture, $"{all.Count - i} more warning(s) not shown; run metallb-validate on the configuration for all of them"));
                break;
            }

            kept.Add(all[i]);
            total += all[i].Length;
        }

        return kept;
    }

    /// <summary>Printable ASCII only; anything else becomes <c>?</c>, typographic quotes become plain ones.</summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201c' or '\u201d' => '"',
                '\u2013' or '\u2014' => '-',
                '\n' or '\r' or '\t' => ' ',
                >= ' ' and <= '~' => c,
                _ => '?',
            });
        }

        return sb.ToString().Trim();
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, ending in "..." when cut.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 3), "...");
    }
}
