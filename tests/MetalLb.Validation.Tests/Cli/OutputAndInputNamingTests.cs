using System.Text.Json;
using System.Xml.Linq;
using MetalLb.Validation.Cli;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>Where output goes when it cannot be written, and how standard input is named in every format.</summary>
public class OutputAndInputNamingTests
{
    [DevFullTheory]
    [InlineData(true, "text")]
    [InlineData(false, "text")]
    [InlineData(false, "json")]
    [InlineData(true, "sarif")]
    public void FullDisk_IsExit2_WithAPlainMessage(bool autoFlush, string format)
    {
        var full = new StreamWriter(new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0), bufferSize: 16) { AutoFlush = autoFlush };
        using var error = new StringWriter();

        var exit = CliApp.Run(["validate", CliRunner.Sample("pools.yaml"), "--format", format], TextReader.Null, full, error);
        DisposeUnwritable(full);

        Assert.Equal(2, exit);
        Assert.StartsWith("metallb-validate: cannot write the output: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Disposing flushes what could not be written, which fails again on /dev/full.</summary>
    private static void DisposeUnwritable(StreamWriter writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Stdin_IsNamedStdin_InText_Json_Junit()
    {
        var input = Check.Pool("p", "nope");

        Assert.StartsWith("<stdin>\n", CliRunner.Run(input, "validate").Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse(CliRunner.Run(input, "validate", "--format", "json").Out);
        Assert.All(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("<stdin>", d.GetProperty("file").GetString()));
        var junit = XDocument.Parse(CliRunner.Run(input, "validate", "--format", "junit").Out);
        Assert.Equal("<stdin>", junit.Descendants("testsuite").Single().Attribute("name")!.Value);
    }

    [Fact]
    public void Stdin_InSarif_HasNoPercentEncodedUri()
    {
        var (_, output, _) = CliRunner.Run(Check.Pool("p", "nope"), "validate", "--format", "sarif");

        Assert.DoesNotContain("%3Cstdin%3E", output, StringComparison.Ordinal);
        var artifact = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("<stdin>", artifact.GetProperty("description").GetProperty("text").GetString());
    }

    [Fact]
    public void SettingsFileErrors_DoNotTalkAboutTheApiServer()
    {
        CliConventionsTests.WithSettings("honorSuppresions: true\nlimits:\n  maxx: 1\n", settings =>
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "validate", "--config", settings);

            Assert.Equal(2, exit);
            Assert.Contains("unknown field \"honorSuppresions\": metallb-validate does not read it; did you mean \"honorSuppressions\"?", error, StringComparison.Ordinal);
            Assert.Contains("unknown field \"limits.maxx\"", error, StringComparison.Ordinal);
            Assert.DoesNotContain("API server", error, StringComparison.Ordinal);
        });
    }
}

/// <summary>A theory that needs /dev/full, the device whose every write fails with ENOSPC (Linux).</summary>
internal sealed class DevFullTheoryAttribute : TheoryAttribute
{
    public DevFullTheoryAttribute()
    {
        if (!File.Exists("/dev/full"))
        {
            Skip = "needs /dev/full (Linux)";
        }
    }
}
