using System.Text.RegularExpressions;
using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Selectors;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>An IPAddressPool on its own: its addresses (MLB0101-0107) and serviceAllocation (MLB0108-0110).</summary>
internal sealed partial class IpAddressPoolValidator : ResourceValidator<IpAddressPool>
{
    public IpAddressPoolValidator()
    {
        Rule(MetalLbRules.PoolHasNoAddresses, p => p.Addresses, "spec.addresses", v => v.NotEmpty())
            .When(p => !p.IsUnknown("spec.addresses"))
            .WithMessage("spec.addresses is missing or empty; list at least one CIDR (10.0.0.0/24) or range (10.0.0.10-10.0.0.20)");
        Addresses(MetalLbRules.PoolAddressInvalid, e => e.Problem switch
        {
            PoolAddressProblem.InvalidCidr => $"\"{e.Text}\" is not a valid CIDR{CidrHint(e.Text)}",
            PoolAddressProblem.InvalidRangeStart => $"range \"{e.Text}\" has an invalid start address \"{e.RangeStart}\"",
            PoolAddressProblem.InvalidRangeEnd => $"range \"{e.Text}\" has an invalid end address \"{e.RangeEnd}\"",
            _ => null,
        });
        Addresses(MetalLbRules.PoolRangeStartsAfterEnd, e => e.Problem != PoolAddressProblem.StartAfterEnd ? null
            : $"range \"{e.Text}\" starts at {e.RangeStart}, after its end {e.RangeEnd}; write it as {e.RangeEnd}-{e.RangeStart}");
        Addresses(MetalLbRules.PoolRangeMixesFamilies, e => e.Problem != PoolAddressProblem.MixedFamilies ? null
            : $"range \"{e.Text}\" goes from one address family to the other; MetalLB accepts it silently but allocates no address from it. Use one range per family");
        Addresses(MetalLbRules.PoolCidrHasHostBits, e => !e.HasHostBits ? null
            : $"\"{e.Text}\" has host bits set; MetalLB uses the whole network {Network(e)} ({e.Size} addresses). Write {Network(e)}, or a range if you meant fewer addresses");
        Check(MetalLbRules.PoolNamespaceListedTwice, (pool, failures) =>
        {
            var namespaces = Namespaces(pool);
            foreach (var (index, first) in ListDuplicates.In(namespaces))
            {
                failures.Add($"spec.serviceAllocation.namespaces[{index}]", $"namespace \"{namespaces[index]}\" is already listed at spec.serviceAllocation.namespaces[{first}]; MetalLB rejects the pool, remove the repeat");
            }
        });
        Rule(MetalLbRules.PoolNegativePriority, p => p.ServiceAllocation!.Priority, "spec.serviceAllocation.priority", v => v.GreaterThanOrEqualTo(0))
            .When(p => p.ServiceAllocation is not null)
            .WithMessage(p => $"priority {p.ServiceAllocation!.Priority} is negative; MetalLB does not reject it, but it orders pools by positive priority (1 first) with 0 meaning unset, and a negative value makes that order inconsistent. Use 1 for the most preferred pool");
        Check(MetalLbRules.PoolNamespaceNameInvalid, (pool, failures) =>
        {
            var namespaces = Namespaces(pool);
            for (var i = 0; i < namespaces.Count; i++)
            {
                if (namespaces[i].Length > 63 || !Label().IsMatch(namespaces[i]))
                {
                    failures.Add($"spec.serviceAllocation.namespaces[{i}]", $"\"{namespaces[i]}\" cannot be a namespace name (lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit), so no Service can match it; write the namespace's exact name");
                }
            }
        });
    }

    internal static IReadOnlyList<string> Namespaces(IpAddressPool pool) => pool.ServiceAllocation?.Namespaces ?? [];

    /// <summary>A rule about single <c>spec.addresses</c> entries: <paramref name="problem"/> gives the message, or null when the entry passes.</summary>
    private void Addresses(RuleDescriptor rule, Func<PoolAddress, string?> problem) => Check(rule, (pool, failures) =>
    {
        for (var i = 0; i < pool.Addresses.Count; i++)
        {
            if (problem(pool.Addresses[i]) is { } message)
            {
                failures.Add($"spec.addresses[{i}]", message);
            }
        }
    });

    private static string Network(PoolAddress entry) => $"{IpMath.ToAddress(entry.First, entry.Family)}/{entry.Text[(entry.Text.IndexOf('/', StringComparison.Ordinal) + 1)..]}";

    private static string CidrHint(string text) =>
        text.Trim() != text ? "; remove the surrounding spaces (MetalLB does not trim CIDRs)"
        : GoIp.TryParse(text, out var address) && address is not null ? $"; a single address needs a prefix length: {text}/{IpMath.Width(address.AddressFamily)}"
        : "; write address/prefix-length (10.0.0.0/24) or start-end (10.0.0.10-10.0.0.20)";

    /// <summary>A namespace name: a DNS-1123 label (its length is checked apart).</summary>
    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
