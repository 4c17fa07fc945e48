using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace MetalLb.Validation.Testing;

/// <summary>
/// The test framework the assertions run under, found at run time as FluentAssertions and Shouldly do, so a failure is
/// that framework's own assertion failure (a failed test, not an errored one) without a reference to any framework.
/// </summary>
internal sealed class HostFramework
{
    private static readonly Lazy<HostFramework> Detected = new(() => Detect(FindAssembly));

    private readonly Func<string, Exception> _create;
    private readonly Action<string>? _record;

    private HostFramework(string name, Func<string, Exception> create, Action<string>? record)
    {
        Name = name;
        _create = create;
        _record = record;
    }

    public static HostFramework Current => Detected.Value;

    /// <summary>nunit, mstest, xunit or none (then failures are <see cref="MetalLbAssertionException"/>).</summary>
    public string Name { get; }

    /// <summary>
    /// Reports a failure. Throws, except inside NUnit's <c>Assert.Multiple</c>, where NUnit records the failure and the
    /// test goes on to its other assertions; the caller then carries on with an empty result.
    /// </summary>
    [StackTraceHidden]
    public void Fail(string message)
    {
        if (_record is null)
        {
            throw _create(message);
        }

        _record(message);
    }

    /// <summary>The framework's assertion exception, for failures after which the assertion has nothing to return.</summary>
    public Exception Stop(string message) => _create(message);

    internal static HostFramework Detect(Func<string, Assembly?> find)
    {
        return NUnit(find("nunit.framework"))
            ?? WithException("mstest", find("Microsoft.VisualStudio.TestPlatform.TestFramework"), "Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException")
            ?? WithException("xunit", find("xunit.v3.assert") ?? find("xunit.assert"), "Xunit.Sdk.XunitException")
            ?? new HostFramework("none", message => new MetalLbAssertionException(message), null);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The framework is found by name at run time; when trimming removed its type or member, the lookup yields null and failures fall back to MetalLbAssertionException.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The framework is found by name at run time; when trimming removed its type or member, the lookup yields null and failures fall back to MetalLbAssertionException.")]
    private static HostFramework? NUnit(Assembly? assembly)
    {
        var framework = WithException("nunit", assembly, "NUnit.Framework.AssertionException");
        var fail = assembly?.GetType("NUnit.Framework.Assert")?.GetMethod("Fail", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        return framework is null || fail is null
            ? framework
            : new HostFramework(framework.Name, framework._create, fail.CreateDelegate<Action<string>>());
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The framework is found by name at run time; when trimming removed its type or member, the lookup yields null and failures fall back to MetalLbAssertionException.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The framework is found by name at run time; when trimming removed its type or member, the lookup yields null and failures fall back to MetalLbAssertionException.")]
    private static HostFramework? WithException(string name, Assembly? assembly, string exceptionType)
    {
        var ctor = assembly?.GetType(exceptionType)?.GetConstructor([typeof(string)]);
        return ctor is null ? null : new HostFramework(name, message => (Exception)ctor.Invoke([message]), null);
    }

    // A framework in use has its assertion assembly loaded by the time a test fails, except xunit v2's, which loads on
    // first use of Assert; so look among loaded assemblies first and then ask the loader (which finds it only when the
    // test project references it).
    private static Assembly? FindAssembly(string name)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
