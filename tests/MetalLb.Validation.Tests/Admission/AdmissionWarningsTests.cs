using MetalLb.Validation.Admission;

namespace MetalLb.Validation.Tests.Admission;

public class AdmissionWarningsTests
{
    [Fact]
    public void Fit_CutsLongItems_AndKeepsTheTotalUnder4KiB()
    {
        var warnings = Enumerable.Range(0, 100).Select(i => $"MLB0107: warning {i} " + new string('x', 400)).ToList();

        var fitted = AdmissionWarnings.Fit(warnings);

        Assert.All(fitted, w => Assert.InRange(w.Length, 1, AdmissionWarnings.MaxItemLength));
        Assert.InRange(fitted.Sum(w => w.Length), 1, AdmissionWarnings.MaxTotalLength);
        Assert.EndsWith("...", fitted[0], StringComparison.Ordinal);
        Assert.Contains("more warning(s) not shown", fitted[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_RemovesDuplicates_AndNonAsciiCharacters()
    {
        var fitted = AdmissionWarnings.Fit(["MLB0107: “quoted” é\nnext", "MLB0107: “quoted” é\nnext"]);

        Assert.Equal("MLB0107: \"quoted\" ? next", Assert.Single(fitted));
    }

    [Fact]
    public void Fit_KeepsEverythingWhenSmall()
    {
        Assert.Equal(["a", "b"], AdmissionWarnings.Fit(["a", "b"]));
    }
}
