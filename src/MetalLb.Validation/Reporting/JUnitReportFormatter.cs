using System.Globalization;
using System.Text;
using System.Xml;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// JUnit XML as Jenkins and GitLab read it: a <c>testsuite</c> per file, a <c>testcase</c> per resource (and one per
/// finding that concerns no resource), a <c>failure</c> per error; warnings and infos go to <c>system-out</c>.
/// </summary>
/// <param name="objects">The objects that were validated, so that clean resources show as passing test cases; when
/// null only resources with findings appear.</param>
public sealed class JUnitReportFormatter(IEnumerable<KubernetesObject>? objects = null) : IReportFormatter
{
    private readonly IReadOnlyList<KubernetesObject> _objects = objects?.ToList() ?? [];

    /// <inheritdoc />
    public string Name => "junit";

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var cases = BuildCases(report);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "metallb-validate");
            WriteCounts(xml, cases);
            foreach (var suite in cases.GroupBy(c => c.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(suite.Key.Length == 0 ? "(no file)" : suite.Key));
                WriteCounts(xml, suite.ToList());
                foreach (var test in suite)
                {
                    WriteCase(xml, test);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private List<TestCase> BuildCases(ValidationReport report)
    {
        var cases = new List<TestCase>();
        var byResource = new Dictionary<ResourceRef, TestCase>();
        foreach (var o in _objects)
        {
            if (!byResource.ContainsKey(o.Ref))
            {
                var test = new TestCase(o.Location.File, o.Ref.ToString(), o.Ref.Namespace);
                byResource[o.Ref] = test;
                cases.Add(test);
            }
        }

        foreach (var d in report.Diagnostics)
        {
            if (d.Resource is null)
            {
                var test = new TestCase(d.Location.File, $"{d.RuleId} {d.Location}", null);
                test.Findings.Add(d);
                cases.Add(test);
                continue;
            }

            if (!byResource.TryGetValue(d.Resource, out var existing))
            {
                existing = new TestCase(d.Location.File, d.Resource.ToString(), d.Resource.Namespace);
                byResource[d.Resource] = existing;
                cases.Add(existing);
            }

            existing.Findings.Add(d);
        }

        return cases;
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<TestCase> cases)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Findings.Any(f => f.Severity == DiagnosticSeverity.Error)).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
    }

    private static void WriteCase(XmlWriter xml, TestCase test)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(test.File.Length == 0 ? "metallb-validate" : test.File));
        xml.WriteAttributeString("name", Clean(test.Namespace is null ? test.Name : $"{test.Namespace}/{test.Name}"));
        if (test.File.Length > 0 && !test.File.StartsWith('<'))
        {
            xml.WriteAttributeString("file", Clean(test.File));
        }

        xml.WriteAttributeString("time", "0");
        foreach (var error in test.Findings.Where(f => f.Severity == DiagnosticSeverity.Error))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", Clean($"{error.RuleId}: {error.Message}"));
            xml.WriteAttributeString("type", error.RuleId);
            xml.WriteString(Clean(error.ToString()));
            xml.WriteEndElement();
        }

        var others = test.Findings.Where(f => f.Severity != DiagnosticSeverity.Error).ToList();
        if (others.Count > 0)
        {
            xml.WriteElementString("system-out", Clean(string.Join("\n", others.Select(o => o.ToString()))));
        }

        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters; a finding that quotes one must not make the file unreadable.
    private static string Clean(string text) =>
        new(text.Select(c => c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c)) ? c : '?').ToArray());

    private sealed record TestCase(string File, string Name, string? Namespace)
    {
        public List<Diagnostic> Findings { get; } = [];
    }
}
