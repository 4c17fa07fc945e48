namespace MetalLb.Validation.Tests;

/// <summary>GitOps documents as homelab repositories write them next to their MetalLB objects.</summary>
internal static class GitOps
{
    /// <summary>A Flux HelmRelease of the metallb chart in <paramref name="ns"/>, pinned to <paramref name="version"/> when given.</summary>
    public static string HelmRelease(string ns = "metallb-system", string? version = null, string? values = null) => $"""
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: metallb
          namespace: {ns}
        spec:
          interval: 30m
          chart:
            spec:
              chart: metallb
        {(version is null ? string.Empty : $"      version: {version}\n")}      sourceRef: {"{"}kind: HelmRepository, name: metallb, namespace: flux-system{"}"}
        {(values is null ? string.Empty : $"  values:\n{values}\n")}---

        """;
}
