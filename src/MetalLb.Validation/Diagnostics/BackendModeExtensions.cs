namespace MetalLb.Validation.Diagnostics;

/// <summary>Conversions between <see cref="BackendMode"/>, its set form and its command-line names.</summary>
public static class BackendModeExtensions
{
    /// <summary>The set holding just this mode.</summary>
    internal static BackendModes AsSet(this BackendMode mode) => mode switch
    {
        BackendMode.Native => BackendModes.Native,
        BackendMode.Frr => BackendModes.Frr,
        _ => BackendModes.FrrK8s,
    };

    /// <summary>The name MetalLB and the CLI use: <c>native</c>, <c>frr</c>, <c>frr-k8s</c>.</summary>
    public static string ToConfigName(this BackendMode mode) => mode switch
    {
        BackendMode.Native => "native",
        BackendMode.Frr => "frr",
        _ => "frr-k8s",
    };

    /// <summary>Parses <c>native</c>, <c>frr</c> or <c>frr-k8s</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out BackendMode mode)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "NATIVE": mode = BackendMode.Native; return true;
            case "FRR": mode = BackendMode.Frr; return true;
            case "FRR-K8S" or "FRRK8S": mode = BackendMode.FrrK8s; return true;
            default: mode = BackendMode.FrrK8s; return false;
        }
    }
}
