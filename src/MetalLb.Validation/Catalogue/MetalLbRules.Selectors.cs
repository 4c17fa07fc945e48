using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: label selectors, in every kind that has them.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0700: a match expression whose operator is not In, NotIn, Exists or DoesNotExist.</summary>
    public static RuleDescriptor SelectorUnknownOperator { get; } = new(
        "MLB0700", "Label selector uses an unknown operator", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "%q is not a valid label selector operator");

    /// <summary>MLB0701: an In or NotIn expression without values.</summary>
    public static RuleDescriptor SelectorMissingValues { get; } = new(
        "MLB0701", "Label selector In/NotIn expression has no values", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty");

    /// <summary>MLB0702: an Exists or DoesNotExist expression with values.</summary>
    public static RuleDescriptor SelectorUnexpectedValues { get; } = new(
        "MLB0702", "Label selector Exists/DoesNotExist expression has values", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values set must be empty for exists and does not exist");

    /// <summary>MLB0703: a matchLabels key or expression key that is not a valid Kubernetes label key.</summary>
    public static RuleDescriptor SelectorInvalidLabelKey { get; } = new(
        "MLB0703", "Label selector key is not a valid label key", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "key: Invalid value: %q: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");

    /// <summary>MLB0704: a matchLabels value or expression value that is not a valid Kubernetes label value.</summary>
    public static RuleDescriptor SelectorInvalidLabelValue { get; } = new(
        "MLB0704", "Label selector value is not a valid label value", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values[%d][%s]: Invalid value: %q: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");

    /// <summary>MLB0705: the same selector twice in one selector list (structurally, with expression values sorted).</summary>
    public static RuleDescriptor SelectorDuplicate { get; } = new(
        "MLB0705", "Label selector listed twice", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of %s %q");

    /// <summary>MLB0706: the same match expression twice in one selector.</summary>
    public static RuleDescriptor SelectorExpressionDuplicate { get; } = new(
        "MLB0706", "Match expression repeated in one selector", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of match expressions %q");

    /// <summary>MLB0707: the same value twice inside one match expression.</summary>
    public static RuleDescriptor SelectorValueDuplicate { get; } = new(
        "MLB0707", "Match expression lists a value twice", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of match expression value in label selector %q");
}
