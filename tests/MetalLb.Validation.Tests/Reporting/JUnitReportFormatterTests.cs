using System.Xml.Linq;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Reporting;

public class JUnitReportFormatterTests
{
    private static XDocument Render(string yaml)
    {
        var set = ConfigurationLoader.LoadText(yaml, "test.yaml");
        // The fixtures are lone pools: leave out MLB0112 (no advertisement announces them).
        var report = new MetalLbValidator(new ValidationOptions { DisabledRules = new HashSet<string> { "MLB0112" } }).Validate(set);
        using var output = new StringWriter();
        new JUnitReportFormatter(set.Objects).Write(report, output);
        return XDocument.Parse(output.ToString());
    }

    [Fact]
    public void OneTestCasePerResource_FailurePerError()
    {
        var xml = Render(Check.Pool("good", "10.0.0.0/24") + "\n---\n" + Check.Pool("bad", "nope", "10.0.1.0/24", "alsobad"));

        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(2, cases.Count);
        var bad = cases.Single(c => c.Attribute("name")!.Value == "metallb-system/IPAddressPool/bad");
        Assert.Equal(2, bad.Elements("failure").Count());
        Assert.All(bad.Elements("failure"), f => Assert.Equal("MLB0102", f.Attribute("type")!.Value));
        Assert.Empty(cases.Single(c => c.Attribute("name")!.Value == "metallb-system/IPAddressPool/good").Elements());
        var suites = xml.Root!;
        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal("2", suites.Attribute("tests")!.Value);
        Assert.Equal("1", suites.Attribute("failures")!.Value);
        Assert.Equal("test.yaml", Assert.Single(suites.Elements("testsuite")).Attribute("name")!.Value);
        Assert.Equal("test.yaml", bad.Attribute("file")!.Value);
    }

    [Fact]
    public void Warnings_GoToSystemOut_NotFailures()
    {
        var xml = Render(Check.Pool("p", "192.168.60.5/28"));

        var test = Assert.Single(xml.Descendants("testcase"));
        Assert.Empty(test.Elements("failure"));
        Assert.Contains("MLB0107", test.Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void FileLevelFinding_GetsItsOwnTestCase()
    {
        var xml = Render("kind: [");

        var test = Assert.Single(xml.Descendants("testcase"));
        Assert.StartsWith("MLB0001", test.Attribute("name")!.Value, StringComparison.Ordinal);
        Assert.Single(test.Elements("failure"));
    }

    [Fact]
    public void ControlCharacters_StillGiveWellFormedXml()
    {
        var xml = Render(Check.Pool("p", "bad\u0001value"));

        Assert.Single(xml.Descendants("failure"));
    }
}
