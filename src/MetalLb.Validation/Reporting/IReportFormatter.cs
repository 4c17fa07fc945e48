namespace MetalLb.Validation.Reporting;

/// <summary>Writes a report in one output format. Formatters only read the report; no rule logic lives here.</summary>
public interface IReportFormatter
{
    /// <summary>The format's name on the command line (<c>text</c>, <c>json</c>).</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(ValidationReport report, TextWriter output);
}
