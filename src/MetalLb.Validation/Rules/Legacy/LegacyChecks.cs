namespace MetalLb.Validation.Rules.Legacy;

/// <summary>The Legacy checks.</summary>
internal static class LegacyChecks
{
    public static Rule[] All { get; } =
    [
        new LegacyConfigurationRule(),
    ];
}
