using Fluent = FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>MLB0500: a BFDProfile interval, multiplier or TTL out of range.</summary>
public sealed class BfdProfileRangeRule : FluentResourceRule<BfdProfile>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0500", "BFDProfile value is out of range", RuleCategory.Bfd, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid value %d, must be in %d-%d range");

    /// <inheritdoc />
    protected override Fluent.IValidator<BfdProfile> Validator { get; } = new BfdProfileRangeValidator();
}
