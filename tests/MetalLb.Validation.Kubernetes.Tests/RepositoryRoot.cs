namespace MetalLb.Validation.Kubernetes.Tests;

/// <summary>Finds the repository root (where the solution file is) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "MetalLb.Validation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MetalLb.Validation.sln not found above " + AppContext.BaseDirectory);
    }
}
