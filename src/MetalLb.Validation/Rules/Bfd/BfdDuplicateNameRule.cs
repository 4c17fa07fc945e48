using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Bfd;

/// <summary>MLB0501: two BFDProfiles with the same name.</summary>
public sealed class BfdDuplicateNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0501", "BFDProfile defined twice", RuleCategory.Bfd, Severity.Error,
        MetalLbMessage: "found duplicate bfd profile name %s");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(BfdProfile)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new Dictionary<(string?, string), BfdProfile>();
        foreach (var profile in context.Set.BfdProfiles)
        {
            if (profile.Name is { } name && !seen.TryAdd((profile.Metadata.Namespace, name), profile))
            {
                context.Report(profile, "metadata.name",
                    $"BFDProfile \"{name}\" is already defined at {seen[(profile.Metadata.Namespace, name)].Location}; MetalLB rejects the configuration. Rename or remove one of them");
            }
        }
    }
}
