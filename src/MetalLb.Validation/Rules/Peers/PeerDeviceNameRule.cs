using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0230: an interface or vrf that cannot be a Linux network device name (1 to 15 characters, not "." or "..",
/// no '/', ':' or white space), so the session can never come up. MetalLB does not check either field.
/// </summary>
internal sealed class PeerDeviceNameRule : ResourceRule<BgpPeer>
{
    private const int MaxLength = 15;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0230", "BGPPeer interface or vrf is not a valid Linux device name", RuleCategory.Peers, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "vrf"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        Check(resource, "interface", resource.Interface, context);
        Check(resource, "vrf", resource.Vrf, context);
    }

    private static void Check(BgpPeer peer, string field, string? name, RuleContext context)
    {
        if (string.IsNullOrEmpty(name) || Problem(name) is not { } problem)
        {
            return;
        }

        context.Report(peer, $"spec.{field}", $"{field} \"{name}\" cannot be a Linux network device name: {problem}; no node can have it, so the session never comes up. Write the device name as `ip link` shows it");
    }

    private static string? Problem(string name) => name switch
    {
        _ when name.Length > MaxLength => $"it has {name.Length} characters, the kernel allows at most {MaxLength}",
        "." or ".." => "\".\" and \"..\" are reserved",
        _ when name.Any(c => c is '/' or ':' || char.IsWhiteSpace(c)) => "it contains '/', ':' or white space",
        _ => null,
    };
}
