namespace MetalLb.Validation.Testing;

/// <summary>Entry points: validate manifests on disk or in a string and assert in one line.</summary>
public static class MetalLbAssert
{
    /// <summary>Validates files or directories and fails when there is any error; returns the report for further checks.</summary>
    public static ValidationReport Valid(params string[] paths) => Valid(ValidationOptions.Default, paths);

    /// <summary>Validates files or directories with <paramref name="options"/> and fails when there is any error.</summary>
    public static ValidationReport Valid(ValidationOptions options, params string[] paths) => Validate(options, paths).ShouldHaveNoErrors();

    /// <summary>Validates YAML or JSON text and fails when there is any error.</summary>
    public static ValidationReport ValidYaml(string yaml, ValidationOptions? options = null) =>
        new MetalLbValidator(options).ValidateText(yaml).ShouldHaveNoErrors();

    /// <summary>Validates files or directories without asserting anything yet (then use <c>ShouldHaveError</c> and friends).</summary>
    public static ValidationReport Validate(params string[] paths) => Validate(ValidationOptions.Default, paths);

    /// <summary>Validates files or directories with <paramref name="options"/> without asserting anything yet.</summary>
    public static ValidationReport Validate(ValidationOptions options, params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
        {
            throw new ArgumentException("Give at least one file or directory to validate.", nameof(paths));
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        return missing.Count == 0
            ? new MetalLbValidator(options).ValidatePaths(paths)
            : throw new MetalLbAssertionException($"Cannot validate: {string.Join(", ", missing.Select(m => $"'{m}'"))} not found (working directory {Directory.GetCurrentDirectory()})");
    }
}
