namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// "Run MetalLB in an FRR mode", right for the release: FRR-K8s mode exists from 0.14.0 (<c>frr-k8s</c> in
/// <c>internal/config/validation.go</c>), and the Helm chart's default is FRR mode up to 0.15.3 and FRR-K8s mode
/// from 0.16.0 (<c>frr.enabled</c> / <c>frrk8s.enabled</c> in <c>charts/metallb/values.yaml</c>).
/// </summary>
internal static class FrrModeAdvice
{
    public static string RunInFrr(Version release) =>
        release >= new Version(0, 16, 0) ? "run MetalLB in FRR-K8s mode (the Helm chart's default)"
        : release >= new Version(0, 14, 0) ? $"run MetalLB in FRR mode (the Helm chart's default on {release}) or FRR-K8s mode"
        : $"run MetalLB in FRR mode (the Helm chart's default; {release} has no FRR-K8s mode)";
}
