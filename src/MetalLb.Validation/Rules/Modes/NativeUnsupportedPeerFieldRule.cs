using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>A BGPPeer field that MetalLB's native speaker does not implement and its native validator rejects.</summary>
internal abstract class NativeUnsupportedPeerFieldRule : ResourceRule<BgpPeer>
{
    /// <summary>The field's name under <c>spec</c>.</summary>
    protected abstract string Field { get; }

    /// <summary>What the field does, for the message.</summary>
    protected abstract string Purpose { get; }

    /// <summary>True when the peer sets the field in a way the native validator rejects.</summary>
    protected abstract bool IsSet(BgpPeer peer);

    /// <summary>
    /// What to do instead. Removing dynamicASN or interface alone would leave the peer without an ASN or an address
    /// (MLB0202, MLB0206), so those name their replacement.
    /// </summary>
    private string Fix => Field switch
    {
        "dynamicASN" => "Replace it with spec.peerASN, the router's ASN",
        "interface" => "Replace it with spec.peerAddress, the router's address on that link",
        _ => "Remove it",
    };

    /// <summary>A descriptor for a native-only rejection.</summary>
    protected static RuleDescriptor Native(string id, string title, string metalLbMessage, ReleaseRange? releases = null) =>
        new(id, title, RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native, releases, metalLbMessage);

    /// <inheritdoc />
    protected sealed override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (IsSet(resource))
        {
            context.Report(resource, $"spec.{Field}", $"spec.{Field} ({Purpose}) is not supported by the native BGP speaker; MetalLB rejects the whole configuration in native mode. {Fix}, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
        }
    }
}
