namespace MetalLb.Validation.Reporting.Help;

/// <summary>What SARIF tells about a rule beyond its id and title.</summary>
/// <param name="Description">Plain text for <c>fullDescription</c>: the page's "What it means", at most 1000 characters.</param>
/// <param name="Text">Plain text for <c>help.text</c>.</param>
/// <param name="Markdown">Markdown for <c>help.markdown</c>, every link absolute.</param>
/// <param name="PageUri">The rule's documentation page for <c>helpUri</c>, or null when the rule has none.</param>
internal sealed record RuleHelp(string Description, string Text, string Markdown, string? PageUri);
