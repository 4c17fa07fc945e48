using System.Globalization;

namespace MetalLb.Validation.Model.Values;

/// <summary>
/// A BGP community as MetalLB parses it (<c>community.New</c>): legacy <c>AS:value</c> with two uint16 halves, or
/// large <c>large:global:local1:local2</c> with three uint32 parts. Extended communities are not supported.
/// </summary>
public readonly record struct CommunityValue(CommunityKind Kind, uint Global, uint Local1, uint Local2 = 0)
{
    /// <summary>Parses <paramref name="text"/>; on failure says why and which section was bad.</summary>
    public static bool TryParse(string? text, out CommunityValue value, out CommunityProblem problem, out string? badSection)
    {
        value = default;
        badSection = null;
        var parts = (text ?? string.Empty).Split(':');
        switch (parts.Length)
        {
            case 2:
                if (Section(parts[0], ushort.MaxValue, out var high) is not null)
                {
                    badSection = parts[0];
                    problem = CommunityProblem.LegacySection;
                    return false;
                }

                if (Section(parts[1], ushort.MaxValue, out var low) is not null)
                {
                    badSection = parts[1];
                    problem = CommunityProblem.LegacySection;
                    return false;
                }

                value = new(CommunityKind.Legacy, high, low);
                problem = CommunityProblem.None;
                return true;
            case 4:
                if (parts[0] != "large")
                {
                    badSection = parts[0];
                    problem = CommunityProblem.LargeMarker;
                    return false;
                }

                var numbers = new uint[3];
                for (var i = 1; i < 4; i++)
                {
                    if (Section(parts[i], uint.MaxValue, out numbers[i - 1]) is not null)
                    {
                        badSection = parts[i];
                        problem = CommunityProblem.LargeSection;
                        return false;
                    }
                }

                value = new(CommunityKind.Large, numbers[0], numbers[1], numbers[2]);
                problem = CommunityProblem.None;
                return true;
            default:
                problem = CommunityProblem.Format;
                return false;
        }
    }

    /// <summary>True when <paramref name="text"/> is a valid community value.</summary>
    public static bool IsValid(string? text) => TryParse(text, out _, out _, out _);

    /// <summary>A sentence explaining <paramref name="problem"/> for <paramref name="text"/>.</summary>
    internal static string Explain(string text, CommunityProblem problem, string? badSection) => problem switch
    {
        CommunityProblem.LegacySection => $"section \"{badSection}\" of \"{text}\" is not a number from 0 to 65535 (a legacy community is <AS>:<value>, two 16-bit numbers; use large:<uint32>:<uint32>:<uint32> for bigger numbers)",
        CommunityProblem.LargeMarker => $"\"{text}\" has four parts but starts with \"{badSection}\"; a large community is written large:<uint32>:<uint32>:<uint32>",
        CommunityProblem.LargeSection => $"section \"{badSection}\" of \"{text}\" is not a number from 0 to 4294967295",
        CommunityProblem.Format => $"\"{text}\" is not a community: write <AS>:<value> (e.g. 64512:100) or large:<uint32>:<uint32>:<uint32>; extended communities are not supported",
        _ => $"\"{text}\" is a valid community",
    };

    /// <inheritdoc />
    public override string ToString() => Kind == CommunityKind.Legacy
        ? string.Create(CultureInfo.InvariantCulture, $"{Global}:{Local1}")
        : string.Create(CultureInfo.InvariantCulture, $"large:{Global}:{Local1}:{Local2}");

    // Go's strconv.ParseUint(s, 10, bits): ASCII digits only, no sign, no spaces, no underscores.
    private static string? Section(string text, uint max, out uint value)
    {
        value = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            return "not a decimal number";
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > max)
        {
            return "out of range";
        }

        value = (uint)number;
        return null;
    }
}
