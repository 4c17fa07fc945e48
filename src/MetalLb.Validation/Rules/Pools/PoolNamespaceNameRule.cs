using System.Text.RegularExpressions;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0110: a serviceAllocation namespace that cannot be a namespace name (a DNS-1123 label), so it can never
/// match a Service. MetalLB does not check the names.
/// </summary>
internal sealed partial class PoolNamespaceNameRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0110", "IPAddressPool serviceAllocation names an impossible namespace", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var namespaces = resource.ServiceAllocation?.Namespaces ?? [];
        for (var i = 0; i < namespaces.Count; i++)
        {
            if (namespaces[i].Length > 63 || !Label().IsMatch(namespaces[i]))
            {
                context.Report(resource, $"spec.serviceAllocation.namespaces[{i}]",
                    $"\"{namespaces[i]}\" cannot be a namespace name (lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit), so no Service can match it; write the namespace's exact name");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
