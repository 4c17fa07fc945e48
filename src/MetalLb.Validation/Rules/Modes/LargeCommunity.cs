namespace MetalLb.Validation.Rules.Modes;

/// <summary>Tells a large community (<c>large:1:2:3</c>) from a standard one, as MetalLB's parser does.</summary>
internal static class LargeCommunity
{
    public static bool Is(string? value) =>
        value is not null && value.Split(':') is { Length: 4 } parts && parts[0] == "large";
}
