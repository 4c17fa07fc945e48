using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>The BGPPeer checks.</summary>
internal static class PeersChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<BgpPeer>((BgpPeerValidator)MetalLbValidators.BgpPeer),
        PeerReferences.BfdProfileNotFound,
        PeerReferences.PasswordSecret,
        PeerReferences.WithoutAdvertisement,
    ];
}
