using System.Diagnostics;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Testing;

/// <summary>
/// The findings that matched an assertion so far; every step narrows them and fails at once, listing what was there
/// instead, when nothing is left. Inside NUnit's <c>Assert.Multiple</c> a failed step is recorded and the steps after it
/// check nothing more.
/// </summary>
public sealed class FindingAssertion
{
    private readonly string _description;

    internal FindingAssertion(ValidationReport report, IReadOnlyList<Diagnostic> matches, string description)
    {
        Report = report;
        Matches = matches;
        _description = description;
    }

    /// <summary>The report under test.</summary>
    public ValidationReport Report { get; }

    /// <summary>The findings that still match (none after a failure recorded inside NUnit's <c>Assert.Multiple</c>).</summary>
    public IReadOnlyList<Diagnostic> Matches { get; }

    /// <summary>The first matching finding.</summary>
    public Diagnostic Finding
    {
        [StackTraceHidden]
        get => Matches.Count > 0 ? Matches[0] : throw HostFramework.Current.Stop($"No {_description} to return: the assertion failed above.");
    }

    /// <summary>Keeps findings about <paramref name="resource"/>: <c>Kind/name</c>, <c>namespace/Kind/name</c> or <c>name</c>.</summary>
    [StackTraceHidden]
    public FindingAssertion On(string resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Narrow(d => FindingText.ResourceMatches(d.Resource, resource), $"on {resource}");
    }

    /// <summary>Keeps findings that concern node <paramref name="node"/>.</summary>
    [StackTraceHidden]
    public FindingAssertion AtNode(string node) => Narrow(d => d.Node == node, $"at node {node}");

    /// <summary>Keeps findings at field path <paramref name="path"/> (<c>spec.addresses[0]</c>).</summary>
    [StackTraceHidden]
    public FindingAssertion AtPath(string path) => Narrow(d => d.Path == path, $"at path {path}");

    /// <summary>Keeps findings at <paramref name="line"/> (and <paramref name="column"/> when given).</summary>
    [StackTraceHidden]
    public FindingAssertion AtLine(int line, int? column = null) =>
        Narrow(d => d.Location.Line == line && (column is null || d.Location.Column == column), column is null ? $"at line {line}" : $"at {line}:{column}");

    /// <summary>Keeps findings in a file whose path ends with <paramref name="file"/>.</summary>
    [StackTraceHidden]
    public FindingAssertion InFile(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Narrow(d => d.Location.File.Replace('\\', '/').EndsWith(file.Replace('\\', '/'), StringComparison.Ordinal), $"in {file}");
    }

    /// <summary>Keeps findings whose message contains <paramref name="text"/> (ordinal).</summary>
    [StackTraceHidden]
    public FindingAssertion WithMessageContaining(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Narrow(d => d.Message.Contains(text, StringComparison.Ordinal), $"with a message containing \"{text}\"");
    }

    /// <summary>Fails unless exactly one finding matches; returns it.</summary>
    [StackTraceHidden]
    public Diagnostic Once()
    {
        if (Matches.Count == 1)
        {
            return Matches[0];
        }

        if (Matches.Count == 0)
        {
            throw HostFramework.Current.Stop($"No {_description} to return: the assertion failed above.");
        }

        HostFramework.Current.Fail($"Expected exactly one {_description}, found {Matches.Count}:{Environment.NewLine}{FindingText.List(Matches)}");
        return Matches[0];
    }

    [StackTraceHidden]
    private FindingAssertion Narrow(Func<Diagnostic, bool> predicate, string step)
    {
        if (Matches.Count == 0)
        {
            return this;
        }

        var narrowed = Matches.Where(predicate).ToList();
        var description = $"{_description} {step}";
        if (narrowed.Count == 0)
        {
            HostFramework.Current.Fail($"Expected {description}; the report has {_description}, but none {step}:{Environment.NewLine}{FindingText.List(Matches)}");
        }

        return new FindingAssertion(Report, narrowed, description);
    }
}
