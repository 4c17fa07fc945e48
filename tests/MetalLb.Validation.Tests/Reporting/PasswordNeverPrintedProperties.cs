using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Reporting;

/// <summary>No formatter of the library, whichever it is (found by reflection, so new ones are covered), ever prints a BGP password.</summary>
public class PasswordNeverPrintedProperties
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@^_~";

    private static readonly Type[] FormatterTypes = [.. typeof(IReportFormatter).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportFormatter).IsAssignableFrom(t))];

    public static IReadOnlyList<IReportFormatter> Formatters { get; } = [.. FormatterTypes.Select(Create).OfType<IReportFormatter>()];

    /// <summary>Every formatter type could be made, so none escapes the property below.</summary>
    [Fact]
    public void EveryFormatter_IsCovered()
    {
        Assert.Contains(Formatters, f => f is JsonReportFormatter);
        Assert.Equal(FormatterTypes.Length, Formatters.Count);
    }

    [Property(MaxTest = 60)]
    public Property NoFormatter_PrintsThePassword()
    {
        var passwords = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Where(a => a.Length is >= 8 and <= 40).Select(a => new string(a));
        var digits = Gen.Choose(10_000_000, int.MaxValue).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Prop.ForAll(Gen.OneOf(passwords, digits).ToArbitrary(), password =>
        {
            var report = Check.Yaml(Yaml(password));
            var leaks = new List<string>();
            foreach (var formatter in Formatters)
            {
                using var output = new StringWriter();
                formatter.Write(report, output);
                var text = output.ToString();
                if (text.Contains(password, StringComparison.Ordinal) || text.Contains(JsonEncodedText.Encode(password).ToString(), StringComparison.Ordinal))
                {
                    leaks.Add(formatter.Name);
                }
            }

            return (leaks.Count == 0 && report.Diagnostics.Count >= 3).Label($"{string.Join(", ", leaks)} printed it ({report.Diagnostics.Count} findings)");
        });
    }

    /// <summary>
    /// The password where findings are: in a peer with errors around it, wrongly typed, as an unknown field and a
    /// duplicate key; and shared through anchors, aliases and merge keys with fields that quote their value, the
    /// anchor on the password or on the other field, in a peer and in a Secret's stringData.
    /// </summary>
    private static string Yaml(string password)
    {
        var quoted = $"\"{password}\"";
        var plain = password.All(char.IsAsciiDigit) ? password : quoted;
        return Check.Peer("a", $"peerAddress: 192.0.2.1\npassword: {plain}\npasword: {quoted}")
            + Check.Peer("b", $"myASN: 64500\npeerASN: 64501\npeerAddress: 192.0.2.2\npassword: {quoted}\npassword: {quoted}")
            + Check.Peer("c", $"myASN: 64500\npeerASN: 64501\npeerAddress: 192.0.2.3\npassword: [{quoted}]")
            + Check.Peer("d", $"myASN: 64500\npeerASN: 64501\npeerAddress: 192.0.2.4\npassword: &pw {plain}\nholdTime: *pw\n<<: {{keepaliveTime: *pw, routerID: *pw}}")
            + Check.Peer("e", $"holdTime: &pw {quoted}\nmyASN: 64500\npeerASN: 64501\npeerAddress: *pw\npassword: *pw\nbfdProfile: *pw", "metallb.io/v1beta1")
            + $$"""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Secret
              metadata: {name: bgp, namespace: metallb-system}
              stringData: &creds {password: {{quoted}}, holdTime: &pw {{quoted}}}
            - apiVersion: metallb.io/v1beta2
              kind: BGPPeer
              metadata: {name: *pw, namespace: metallb-system}
              spec: {<<: *creds, myASN: 64500, peerASN: 64501, peerAddress: *pw}
            """;
    }

    /// <summary>With the constructor's defaults, or plain values for parameters of simple types.</summary>
    private static object? Create(Type type)
    {
        var ctor = type.GetConstructors().OrderBy(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue || Plain(p.ParameterType) is not null));
        return ctor?.Invoke([.. ctor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : Plain(p.ParameterType))]);
    }

    private static object? Plain(Type type) =>
        type == typeof(string) ? "metallb-validate" : type == typeof(bool) ? false : type == typeof(int) ? 0 : type.IsEnum ? Enum.GetValues(type).GetValue(0) : null;
}
