using System.Linq.Expressions;
using FluentValidation;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>A BFDProfile's fields: the ranges of MetalLB's schema and parser (MLB0500). Unset fields pass.</summary>
internal sealed class BfdProfileValidator : ResourceValidator<BfdProfile>
{
    public BfdProfileValidator()
    {
        Range(p => p.DetectMultiplier, "detectMultiplier", 2, 255, "packets", "3 is FRR's default");
        Range(p => p.ReceiveInterval, "receiveInterval", 10, 60000, "ms", "300 is the default");
        Range(p => p.TransmitInterval, "transmitInterval", 10, 60000, "ms", "300 is the default");
        Range(p => p.MinimumTtl, "minimumTtl", 1, 254, "hops", "254 is FRR's default");
        Range(p => p.EchoInterval, "echoInterval", 10, 60000, "ms", "50 is the default");
    }

    private void Range(Expression<Func<BfdProfile, long?>> field, string name, long min, long max, string unit, string usual) =>
        Rule(MetalLbRules.BfdValueOutOfRange, field, $"spec.{name}", value => value.InclusiveBetween(min, max))
            .WithMessage($"{name} {{PropertyValue}} {unit} is outside {min}..{max}, the range MetalLB accepts; pick a value in it ({usual})");
}
