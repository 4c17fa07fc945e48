using System.Reflection;

namespace MetalLb.Validation.Tests.PublicApi;

/// <summary>
/// The public surface of each package is committed next to its project (PublicAPI.approved.txt), so any change to it
/// shows up in review. Reflection rather than PublicApiAnalyzers, so parallel branches only meet in one text file.
/// </summary>
public class PublicApiApprovalTests
{
    public static TheoryData<string, string> Packages => new()
    {
        { "MetalLb.Validation", typeof(MetalLbValidator).Assembly.Location },
        { "MetalLb.Validation.Testing", typeof(Validation.Testing.MetalLbAssert).Assembly.Location },
        { "MetalLb.Validation.Kubernetes", typeof(Validation.Kubernetes.ClusterReader).Assembly.Location },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicApi_MatchesTheApprovedFile(string project, string assemblyPath)
    {
        var actual = PublicApiText.Render(Assembly.LoadFrom(assemblyPath));
        var approvedPath = Path.Combine(RepositoryRoot.Path, "src", project, "PublicAPI.approved.txt");
        var receivedPath = Path.Combine(Path.GetDirectoryName(approvedPath)!, "PublicAPI.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var added = Lines(actual).Except(Lines(approved)).Take(15).DefaultIfEmpty("(no new line; see the received file)");
        var removed = Lines(approved).Except(Lines(actual)).Take(15).DefaultIfEmpty("(nothing)");
        Assert.Fail(
            $"The public API of {project} changed. If that is intended, accept it with{Environment.NewLine}" +
            $"  mv src/{project}/PublicAPI.received.txt src/{project}/PublicAPI.approved.txt{Environment.NewLine}" +
            $"and commit the file. Added:{Environment.NewLine}  + {string.Join($"{Environment.NewLine}  + ", added)}{Environment.NewLine}" +
            $"Removed:{Environment.NewLine}  - {string.Join($"{Environment.NewLine}  - ", removed)}");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
