namespace MetalLb.Validation.Rules.Selectors;

/// <summary>The Selectors checks.</summary>
internal static class SelectorsChecks
{
    public static Rule[] All { get; } =
    [
        new SelectorDuplicateRule(),
        new SelectorExpressionDuplicateRule(),
        new SelectorLabelKeyRule(),
        new SelectorLabelValueRule(),
        new SelectorMissingValuesRule(),
        new SelectorOperatorRule(),
        new SelectorUnexpectedValuesRule(),
        new SelectorValueDuplicateRule(),
    ];
}
