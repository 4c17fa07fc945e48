using System.Linq.Expressions;
using FluentValidation;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>The BFDProfile ranges of MetalLB's schema and parser, as a FluentValidation validator. Unset fields pass.</summary>
public sealed class BfdProfileRangeValidator : AbstractValidator<BfdProfile>
{
    /// <summary>Builds the validator.</summary>
    public BfdProfileRangeValidator()
    {
        Range(p => p.DetectMultiplier, "detectMultiplier", 2, 255, "packets", "3 is FRR's default");
        Range(p => p.ReceiveInterval, "receiveInterval", 10, 60000, "ms", "300 is the default");
        Range(p => p.TransmitInterval, "transmitInterval", 10, 60000, "ms", "300 is the default");
        Range(p => p.MinimumTtl, "minimumTtl", 1, 254, "hops", "254 is FRR's default");
        Range(p => p.EchoInterval, "echoInterval", 10, 60000, "ms", "50 is the default");
    }

    private void Range(Expression<Func<BfdProfile, long?>> field, string name, long min, long max, string unit, string usual) =>
        RuleFor(field)
            .InclusiveBetween(min, max)
            .OverridePropertyName($"spec.{name}")
            .WithMessage($"{name} {{PropertyValue}} {unit} is outside {min}..{max}, the range MetalLB accepts; pick a value in it ({usual})");
}
