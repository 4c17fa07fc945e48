namespace MetalLb.Validation.Reporting;

/// <summary>Writes a <see cref="TopologyExplanation"/> in one format (text, json, mermaid).</summary>
internal interface IExplainFormatter
{
    /// <summary>The format's name on the command line.</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="explanation"/> to <paramref name="output"/>.</summary>
    void Write(TopologyExplanation explanation, TextWriter output);
}
