using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0109: a negative serviceAllocation.priority. MetalLB accepts it, but its pool ordering treats only positive
/// values as priorities and 0 as "unset", so a negative value makes the ordering inconsistent.
/// </summary>
internal sealed class PoolNegativePriorityRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0109", "IPAddressPool serviceAllocation priority is negative", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ServiceAllocation is { Priority: < 0 } allocation)
        {
            context.Report(resource, "spec.serviceAllocation.priority",
                $"priority {allocation.Priority} is negative; MetalLB does not reject it, but it orders pools by positive priority (1 first) with 0 meaning unset, and a negative value makes that order inconsistent. Use 1 for the most preferred pool");
        }
    }
}
