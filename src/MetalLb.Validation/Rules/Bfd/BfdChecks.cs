using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>The BFD checks.</summary>
internal static class BfdChecks
{
    public static Rule[] All { get; } =
    [
        BfdEchoTowardIpv6.Rule,
        new ValidatorRule<BfdProfile>((BfdProfileValidator)MetalLbValidators.BfdProfile),
    ];
}
