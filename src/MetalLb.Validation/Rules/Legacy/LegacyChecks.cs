using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Inputs;
using MetalLb.Validation.Namespaces;

namespace MetalLb.Validation.Rules.Legacy;

/// <summary>
/// The Legacy checks: a MetalLB &lt;= 0.12 configuration (address-pools/peers in a ConfigMap's data.config, Helm
/// configInline, or a bare file). MetalLB 0.13 and later read only the CRDs; the chart from 0.13.3 fails to render with
/// configInline (charts/metallb/templates/deprecated_configInline.yaml).
/// </summary>
internal static class LegacyChecks
{
    private static readonly Version CrdRelease = new(0, 13, 0);
    private static readonly Version ChartFailsFrom = new(0, 13, 3);

    // The input's facts are the same with or without the objects holding placeholders, so the set check reports the same.
    public static Rule[] All { get; } = [Rule.ForSet(MetalLbRules.LegacyConfiguration, Check)];

    private static void Check(RuleContext context)
    {
        var installed = context.Set.Facts.Installs.FirstOrDefault(i => i.Release is not null);
        foreach (var legacy in context.Set.Facts.Legacy)
        {
            var (release, whose) = legacy.Release is { } own
                ? (own, "the release this object installs")
                : installed is { Release: { } found }
                    ? (found, $"{installed.What} at {NamespaceResolver.Position(installed.Where)}")
                    : context.Options.MetalLbVersionGiven ? (context.Options.MetalLbVersion, "the release given with --metallb-version") : ((Version?)null, (string?)null);
            var convert = legacy.OnlyData
                ? "save the address-pools/peers part as config.yaml and run `docker run -v $(pwd):/var/input quay.io/metallb/configmaptocrs -only-data`"
                : "save the ConfigMap as config.yaml (kubectl get configmap -n <namespace> config -o yaml > config.yaml) and run `docker run -v $(pwd):/var/input quay.io/metallb/configmaptocrs`";
            var advice = $"Convert it with MetalLB's converter: {convert}; it writes resources.yaml with an IPAddressPool per address-pool plus an L2Advertisement or BGPAdvertisement per its protocol, a BGPPeer per peer, and BFDProfiles and a Community for bfd-profiles and bgp-communities (see MetalLB's docs, configuration/migration_to_crds). Then validate resources.yaml and remove this configuration";
            var what = $"{char.ToUpperInvariant(legacy.Carrier[0])}{legacy.Carrier[1..]} holds a MetalLB <= 0.12 configuration (address-pools/peers); MetalLB 0.13 and later do not read it: they are configured only by IPAddressPool, L2Advertisement, BGPAdvertisement, BGPPeer, BFDProfile and Community objects";
            var (message, severity) = release switch
            {
                not null when release >= ChartFailsFrom && legacy.OnlyData && legacy.Release is not null => (
                    $"{what}. Worse, the metallb chart {InputRecognizer.Describe(release)} installed here refuses to render with configInline set (templates/deprecated_configInline.yaml: \"Starting from v0.13.0 configInline is no longer supported\"), so the release does not install or upgrade. {advice}",
                    DiagnosticSeverity.Error),
                not null when release >= CrdRelease => (
                    $"{what}, and MetalLB {InputRecognizer.Describe(release)} ({whose}) is such a release: it ignores this configuration, so these pools and peers do not exist. {advice}",
                    DiagnosticSeverity.Warning),
                _ => (
                    $"{what} ({(release is null ? "the MetalLB release it is used with is not known here" : $"MetalLB {InputRecognizer.Describe(release)} ({whose}) still reads it")}; it was not validated). Before upgrading to 0.13 or later: {char.ToLowerInvariant(advice[0])}{advice[1..]}",
                    DiagnosticSeverity.Info),
            };
            context.ReportAt(MetalLbRules.LegacyConfiguration, legacy.Where, legacy.Resource, null, message, severity);
        }
    }
}
