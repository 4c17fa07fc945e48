using MetalLb.Validation.Cli.Monitor;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>The text exposition format: escaping and numbers as Prometheus parses them (promtool checks whole scrapes in CI).</summary>
public sealed class ExpositionWriterTests
{
    [Fact]
    public void LabelValues_AreEscaped_NumbersInvariant()
    {
        var m = new ExpositionWriter();
        m.Family("x_total", "counter", "Help with a \\ backslash\nand a newline.");
        m.Sample("x_total", 1.5, ("a", "quote \" backslash \\ newline \n end"));
        m.Sample("x_total", double.PositiveInfinity);
        Assert.Equal(
            "# HELP x_total Help with a \\\\ backslash\\nand a newline.\n# TYPE x_total counter\nx_total{a=\"quote \\\" backslash \\\\ newline \\n end\"} 1.5\nx_total +Inf\n",
            m.ToString());
    }

    [Fact]
    public void Number_IsCultureFree()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.25", ExpositionWriter.Number(0.25));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
