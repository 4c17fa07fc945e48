using System.Text;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Testing;

/// <summary>How findings are listed in failure messages.</summary>
internal static class FindingText
{
    public const int MaxListed = 20;

    public static string List(IReadOnlyCollection<Diagnostic> findings, string none = "nothing")
    {
        if (findings.Count == 0)
        {
            return "  " + none;
        }

        var text = new StringBuilder();
        foreach (var d in findings.Take(MaxListed))
        {
            text.Append("  - ").Append(d).AppendLine();
        }

        if (findings.Count > MaxListed)
        {
            text.Append("  ... and ").Append(findings.Count - MaxListed).Append(" more").AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    public static bool ResourceMatches(ResourceRef? resource, string expected)
    {
        if (resource is null)
        {
            return false;
        }

        // Accepts "Kind/name", "namespace/Kind/name" and "name"; kinds compare case-insensitively as kubectl does.
        var parts = expected.Split('/');
        return parts.Length switch
        {
            1 => resource.Name == parts[0],
            2 => string.Equals(resource.Kind, parts[0], StringComparison.OrdinalIgnoreCase) && resource.Name == parts[1],
            3 => resource.Namespace == parts[0] && string.Equals(resource.Kind, parts[1], StringComparison.OrdinalIgnoreCase) && resource.Name == parts[2],
            _ => false,
        };
    }
}
