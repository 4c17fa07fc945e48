using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0811: any BFDProfile object, used or not, makes native mode reject the configuration.</summary>
internal sealed class NativeBfdProfileObjectRule : ResourceRule<BfdProfile>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0811", "BFDProfile exists in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "bfd profiles section set");

    /// <inheritdoc />
    protected override void Check(BfdProfile resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var users = context.Set.Peers.Count(p => p.BfdProfile == resource.Name);
        var use = users == 0 ? "even though no BGPPeer uses it" : $"and {users} BGPPeer(s) use it";
        context.Report(resource, "metadata.name", $"native mode has no BFD, and MetalLB rejects the whole configuration while any BFDProfile exists, {use}. Delete the BFDProfile, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
    }
}
