using System.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Testing;

/// <summary>
/// Entry points: validate manifests on disk, in a string or already loaded, and assert in one line. Give a
/// <see cref="MetalLbValidator"/> to choose the options or the rule catalog (<c>new MetalLbValidator(options, catalog)</c>),
/// or just a <see cref="RuleCatalog"/>. Rule ids in the assertions are checked against the catalog of the run.
/// </summary>
public static class MetalLbAssert
{
    /// <summary>Validates files or directories and fails when there is any error; returns the report for further checks.</summary>
    [StackTraceHidden]
    public static ValidationReport Valid(params string[] paths) => Valid(ValidationOptions.Default, paths);

    /// <summary>Validates files or directories with <paramref name="options"/> and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport Valid(ValidationOptions options, params string[] paths) => Validate(options, paths).ShouldHaveNoErrors();

    /// <summary>Validates files or directories with <paramref name="validator"/> and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport Valid(MetalLbValidator validator, params string[] paths) => Validate(validator, paths).ShouldHaveNoErrors();

    /// <summary>Validates files or directories with the rules of <paramref name="catalog"/> (your own added, say) and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport Valid(RuleCatalog catalog, params string[] paths) => Validate(catalog, paths).ShouldHaveNoErrors();

    /// <summary>Validates a loaded <paramref name="set"/> (with <paramref name="validator"/>, else the defaults) and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport Valid(ConfigurationSet set, MetalLbValidator? validator = null) => Validate(set, validator).ShouldHaveNoErrors();

    /// <summary>Validates YAML or JSON text and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport ValidYaml(string yaml, ValidationOptions? options = null) =>
        new MetalLbValidator(options).ValidateText(yaml).ShouldHaveNoErrors();

    /// <summary>Validates YAML or JSON text with <paramref name="validator"/> and fails when there is any error.</summary>
    [StackTraceHidden]
    public static ValidationReport ValidYaml(string yaml, MetalLbValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator.ValidateText(yaml).ShouldHaveNoErrors();
    }

    /// <summary>Validates files or directories without asserting anything yet (then use <c>ShouldHaveError</c> and friends).</summary>
    [StackTraceHidden]
    public static ValidationReport Validate(params string[] paths) => Validate(ValidationOptions.Default, paths);

    /// <summary>Validates files or directories with <paramref name="options"/> without asserting anything yet.</summary>
    [StackTraceHidden]
    public static ValidationReport Validate(ValidationOptions options, params string[] paths) => Validate(new MetalLbValidator(options), paths);

    /// <summary>Validates files or directories with <paramref name="validator"/> without asserting anything yet.</summary>
    [StackTraceHidden]
    public static ValidationReport Validate(MetalLbValidator validator, params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
        {
            throw new ArgumentException("Give at least one file or directory to validate.", nameof(paths));
        }

        // Nothing to return without the files, so this stops the test even inside NUnit's Assert.Multiple.
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        return missing.Count == 0
            ? validator.ValidatePaths(paths)
            : throw HostFramework.Current.Stop($"Cannot validate: {string.Join(", ", missing.Select(m => $"'{m}'"))} not found (paths are relative to the working directory {Directory.GetCurrentDirectory()}).");
    }

    /// <summary>Validates files or directories with the rules of <paramref name="catalog"/> without asserting anything yet.</summary>
    [StackTraceHidden]
    public static ValidationReport Validate(RuleCatalog catalog, params string[] paths) => Validate(new MetalLbValidator(catalog: catalog), paths);

    /// <summary>Validates a loaded <paramref name="set"/> (with <paramref name="validator"/>, else the defaults) without asserting anything yet.</summary>
    [StackTraceHidden]
    public static ValidationReport Validate(ConfigurationSet set, MetalLbValidator? validator = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        return (validator ?? new MetalLbValidator()).Validate(set);
    }
}
