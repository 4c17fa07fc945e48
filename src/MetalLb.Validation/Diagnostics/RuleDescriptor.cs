namespace MetalLb.Validation.Diagnostics;

/// <summary>
/// What a rule is, separate from any one finding it reports: the id never changes meaning once shipped.
/// </summary>
/// <param name="Id"><c>MLB</c> followed by four digits.</param>
/// <param name="Title">A short sentence naming the problem.</param>
/// <param name="Category">Feature area.</param>
/// <param name="DefaultSeverity">DiagnosticSeverity unless options or the rule say otherwise.</param>
/// <param name="Modes">Backend modes the rule applies to.</param>
/// <param name="Releases">MetalLB releases the rule applies to.</param>
/// <param name="MetalLbMessage">MetalLB's own message for the same condition, when it has one.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    RuleCategory Category,
    DiagnosticSeverity DefaultSeverity,
    BackendModes Modes = BackendModes.All,
    ReleaseRange? Releases = null,
    string? MetalLbMessage = null)
{
    /// <summary>The release range, never null.</summary>
    public ReleaseRange AppliesTo => Releases ?? ReleaseRange.Any;

    /// <summary>The rule's documentation page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";

    /// <summary>The rule's page on the web (Roslyn's <c>HelpLinkUri</c>); null for a rule of your own, which has no page here.</summary>
    public Uri? HelpLink => Reporting.Help.RuleHelpSource.For(this).PageUri is { } page ? new Uri(page) : null;

    /// <summary>What the rule means, in a paragraph (the first section of its page; for a rule of your own, its title, category, modes and MetalLB message).</summary>
    public string Description => Reporting.Help.RuleHelpSource.For(this).Description;

    /// <summary>True when the rule runs for this mode and release.</summary>
    public bool AppliesFor(BackendMode mode, Version? release) =>
        (Modes & mode.AsSet()) != 0 && AppliesTo.Includes(release);
}
