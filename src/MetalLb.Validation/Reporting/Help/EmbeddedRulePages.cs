namespace MetalLb.Validation.Reporting.Help;

/// <summary>The <c>docs/rules/MLBnnnn.md</c> pages embedded in this assembly (see the project file's EmbeddedResource).</summary>
internal static class EmbeddedRulePages
{
    /// <summary>The manifest resource name of a rule's page: this prefix, the id, <c>.md</c>.</summary>
    public const string ResourcePrefix = "MetalLb.Validation.RuleDocs.";

    /// <summary>The resource name of the page for <paramref name="ruleId"/>.</summary>
    public static string ResourceName(string ruleId) => ResourcePrefix + ruleId + ".md";

    /// <summary>The page's Markdown with <c>\n</c> line ends, or null when the assembly has no page for the rule.</summary>
    public static string? Read(string ruleId)
    {
        using var stream = typeof(EmbeddedRulePages).Assembly.GetManifestResourceStream(ResourceName(ruleId));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
