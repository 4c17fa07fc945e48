using FluentValidation;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Validators;

/// <summary>How a run hands its <see cref="ValidationOptions"/> to the validators, and the severity mapping.</summary>
internal static class ValidatorOptions
{
    private const string Key = "MetalLb.Validation.Options";

    public static ValidationContext<T> Context<T>(T instance, ValidationOptions options)
    {
        var context = new ValidationContext<T>(instance);
        context.RootContextData[Key] = options;
        return context;
    }

    public static ValidationOptions Of(IValidationContext context) =>
        context.RootContextData.TryGetValue(Key, out var value) && value is ValidationOptions options ? options : ValidationOptions.Default;

    public static bool Applies(RuleDescriptor rule, IValidationContext context)
    {
        var options = Of(context);
        return rule.AppliesFor(options.Mode, options.MetalLbVersion);
    }

    public static Severity ToFluent(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };

    public static DiagnosticSeverity FromFluent(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
