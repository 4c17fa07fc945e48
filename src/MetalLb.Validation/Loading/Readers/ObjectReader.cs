using MetalLb.Validation.Loading.Inputs;
using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>
/// Turns one document into objects: unwraps <c>kind: List</c>, dispatches MetalLB kinds, Nodes, Secrets, Namespaces
/// and NodeNetworkStates to their readers, counts every other kind as skipped.
/// </summary>
internal sealed class ObjectReader(DiagnosticBag diagnostics, LoadLimits limits)
{
    private static readonly Dictionary<string, string[]> ServedVersions = new(StringComparer.Ordinal)
    {
        [IpAddressPool.KindName] = ["v1beta1"],
        [BgpPeer.KindName] = ["v1beta1", "v1beta2"],
        [BgpAdvertisement.KindName] = ["v1beta1"],
        [L2Advertisement.KindName] = ["v1beta1"],
        [BfdProfile.KindName] = ["v1beta1"],
        [Community.KindName] = ["v1beta1"],
    };

    private static readonly HashSet<string> StatusOnlyKinds = new(StringComparer.Ordinal)
    {
        "ConfigurationState", "ServiceL2Status", "ServiceBGPStatus",
    };

    private readonly HashSet<string> _toldNotKubernetes = new(StringComparer.Ordinal);

    public List<KubernetesObject> Objects { get; } = [];

    /// <summary>Installs, kustomizations and old configurations seen in documents that are not modelled.</summary>
    public InputFacts Facts { get; } = new();

    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Objects skipped so far, all kinds together.</summary>
    public int SkippedTotal { get; private set; }

    public void Read(DocNode root) => Read(root, depth: 0);

    private void Read(DocNode root, int depth)
    {
        if (root is DocScalar { Kind: ScalarKind.Null })
        {
            return;
        }

        var context = new ReadContext(diagnostics);
        if (root is not DocMapping mapping)
        {
            if (depth == 0 && root is DocSequence sequence && InputRecognizer.NameSequence(sequence) is { } what)
            {
                NotKubernetes(root, what, null);
                return;
            }

            var hint = root is DocSequence ? "; a list of objects must be written as kind: List with items:, or as documents separated by ---" : string.Empty;
            diagnostics.Add(MetalLbRules.NotAnObject, $"a document must be a Kubernetes object (a mapping with apiVersion and kind), not {root.Describe()}{hint}", root.Span);
            return;
        }

        var top = new FieldReader(mapping, string.Empty, context);
        var apiVersion = top.String("apiVersion");
        var kind = top.String("kind");
        if (kind == "Kustomization" && (apiVersion is null || apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal)))
        {
            var kustomization = InputRecognizer.ReadKustomization(mapping, root.Span.File);
            Facts.Kustomizations.Add(kustomization);
            NotKubernetes(root, "a kustomization.yaml (kustomize)", kustomization.Namespace is { } kns ? $"its namespace: {kns} applies to the resources it lists" : null);
            return;
        }

        if (apiVersion is null || kind is null)
        {
            if (depth == 0 && apiVersion is null && kind is null && InputRecognizer.FindLegacyKey(mapping) is { } legacy)
            {
                Facts.Legacy.Add(new LegacyConfiguration(legacy.Key.Span, "this file (address-pools/peers at its top level)", null, true, null));
                Skip("MetalLB <= 0.12 configuration");
                return;
            }

            if (depth == 0 && InputRecognizer.NameNonObject(mapping, apiVersion, kind, root.Span.File) is { } what)
            {
                ReadNonObject(mapping, what);
                return;
            }

            var missing = apiVersion is null && kind is null ? "apiVersion and kind" : apiVersion is null ? "apiVersion" : "kind";
            diagnostics.Add(MetalLbRules.NotAnObject, $"this document has no {missing}, so it is not a Kubernetes object and was not validated; kubectl refuses it", root.Span);
            return;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && top.Node("items") is not null)
        {
            foreach (var (item, _) in top.Items("items"))
            {
                if (depth >= limits.MaxDepth)
                {
                    diagnostics.Add(MetalLbRules.LimitExceeded, $"lists nested deeper than {limits.MaxDepth} levels; the items were not read", item.Span);
                    break;
                }

                Read(item, depth + 1);
            }

            return;
        }

        var (group, version) = Split(apiVersion);
        if (InputRecognizer.FindInstall(mapping, apiVersion, kind) is { } install)
        {
            Facts.Installs.Add(install);
        }

        if (InputRecognizer.FindFluxKustomization(mapping, apiVersion, kind) is { } flux)
        {
            Facts.FluxKustomizations.Add(flux);
        }

        ReadLegacyCarrier(mapping, apiVersion, kind);
        switch (group)
        {
            case MetalLbObject.Group when kind == "MetalLB":
                ReadOperatorResource(mapping);
                break;
            case MetalLbObject.Group:
                ReadMetalLb(top, mapping, apiVersion, version, kind, context);
                break;
            case "" when version == "v1" && kind is KubernetesNode.KindName or SecretMetadata.KindName or KubernetesNamespace.KindName:
                ReadCore(top, mapping, apiVersion, kind, context);
                break;
            case "nmstate.io" when kind == NodeNetworkState.KindName:
                var nns = new NodeNetworkState { ApiVersion = apiVersion, Kind = kind, NodeName = string.Empty, Metadata = MetadataReader.Read(top, false), Location = mapping.Span, Source = mapping };
                Objects.Add(NodeNetworkStateReader.Read(top, nns, context));
                break;
            case NodeInventoryReader.Group when kind == NodeInventoryReader.KindName:
                Objects.AddRange(NodeInventoryReader.Read(top, mapping, apiVersion, context));
                break;
            default:
                Skip(kind);
                break;
        }
    }

    /// <summary>Reads one <c>ip -j address show</c> document as the interfaces of <paramref name="nodeName"/>.</summary>
    public void ReadIpAddressJson(DocNode root, string nodeName)
    {
        var context = new ReadContext(diagnostics) { Resource = new Diagnostics.ResourceRef("iproute2", NodeNetworkState.KindName, null, nodeName) };
        if (IpAddressJsonReader.Read(root, nodeName, context) is { } state)
        {
            Objects.Add(state);
        }
    }

    private void ReadMetalLb(FieldReader top, DocMapping mapping, string apiVersion, string version, string kind, ReadContext context)
    {
        if (StatusOnlyKinds.Contains(kind))
        {
            Skip(kind);
            return;
        }

        var metadata = MetadataReader.Read(top, reportUnknown: true);
        context.Resource = new Diagnostics.ResourceRef(apiVersion, kind, metadata.Namespace, metadata.Name);
        if (!ServedVersions.TryGetValue(kind, out var versions) || !versions.Contains(version))
        {
            var what = versions is null
                ? kind == "AddressPool"
                    ? "AddressPool was removed from MetalLB; use IPAddressPool with an L2Advertisement or BGPAdvertisement"
                    : $"MetalLB has no kind {kind}"
                : $"MetalLB serves {kind} only as {string.Join(" or ", versions.Select(v => $"metallb.io/{v}"))}";
            context.Report(MetalLbRules.UnservedVersion, $"{apiVersion} {kind} is not served: {what}", mapping.Span, "apiVersion");
            return;
        }

        top.Accept("apiVersion", "kind", "status");
        var spec = top.Object("spec");
        spec ??= new FieldReader(new DocMapping(mapping.Span, []), "spec", context);

        top.ReportUnknownFields();
        var read = ReadKind(spec, kind, apiVersion, metadata, mapping);
        Objects.Add(context.Placeholders.Count == 0 ? read : read with { Placeholders = new HashSet<string>(context.Placeholders, StringComparer.Ordinal) });
    }

    private static MetalLbObject ReadKind(FieldReader spec, string kind, string apiVersion, ObjectMeta metadata, DocMapping tree) => kind switch
    {
        IpAddressPool.KindName => PoolReader.Read(spec, new IpAddressPool { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
        BgpPeer.KindName => PeerReader.Read(spec, new BgpPeer { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
        BgpAdvertisement.KindName => BgpAdvertisementReader.Read(spec, new BgpAdvertisement { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
        L2Advertisement.KindName => L2AdvertisementReader.Read(spec, new L2Advertisement { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
        BfdProfile.KindName => BfdProfileReader.Read(spec, new BfdProfile { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
        _ => CommunityReader.Read(spec, new Community { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Source = tree }),
    };

    private void ReadCore(FieldReader top, DocMapping mapping, string apiVersion, string kind, ReadContext context)
    {
        var metadata = MetadataReader.Read(top, reportUnknown: false);
        context.Resource = new Diagnostics.ResourceRef(apiVersion, kind, metadata.Namespace, metadata.Name);
        KubernetesObject result = kind switch
        {
            KubernetesNode.KindName => NodeReader.Read(top, new KubernetesNode { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Source = mapping }),
            SecretMetadata.KindName => SecretReader.Read(top, new SecretMetadata { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Source = mapping }),
            _ => new KubernetesNamespace { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Source = mapping },
        };
        Objects.Add(result);
    }

    /// <summary>A file that is not Kubernetes objects: counted as skipped, told once per file.</summary>
    private void NotKubernetes(DocNode root, string what, string? more)
    {
        Skip(what);
        if (_toldNotKubernetes.Add(root.Span.File))
        {
            diagnostics.Add(MetalLbRules.NotKubernetes, $"this file is {what}: not a Kubernetes object, so it was counted and skipped{(more is null ? string.Empty : $"; {more}")}", root.Span);
        }
    }

    private void ReadNonObject(DocMapping mapping, string what)
    {
        string? more = null;
        if (what.StartsWith("a kustomization", StringComparison.Ordinal))
        {
            var kustomization = InputRecognizer.ReadKustomization(mapping, mapping.Span.File);
            Facts.Kustomizations.Add(kustomization);
            more = kustomization.Namespace is { } ns ? $"its namespace: {ns} applies to the resources it lists" : null;
        }
        else if (what.StartsWith("a Rancher Fleet", StringComparison.Ordinal))
        {
            if (InputRecognizer.FindFleetBundle(mapping, mapping.Span.File) is { } bundle)
            {
                Facts.FleetBundles.Add(bundle);
                more = bundle.Namespace is { } forced
                    ? $"its namespace: {forced} applies to the resources of its directory"
                    : $"its defaultNamespace: {bundle.DefaultNamespace} applies to the resources of its directory that name no namespace";
            }

            if (InputRecognizer.FindFleetInstall(mapping) is { } install)
            {
                Facts.Installs.Add(install);
                more = install.Namespace is { } ns ? $"it installs MetalLB in namespace {ns}" : more;
            }
        }
        else if (what == "Helm chart values" && InputRecognizer.FindConfigInline(mapping) is { } inline)
        {
            // The MetalLB <= 0.12 finding speaks for this file.
            Facts.Legacy.Add(new LegacyConfiguration(inline.Key.Span, "configInline in these Helm values", null, true, null));
            Skip(what);
            return;
        }

        NotKubernetes(mapping, what, more);
    }

    private void ReadOperatorResource(DocMapping mapping)
    {
        Skip("MetalLB");
        var name = InputRecognizer.Text(InputRecognizer.At(mapping, "metadata", "name")) ?? "?";
        var backend = InputRecognizer.Text(InputRecognizer.At(mapping, "spec", "bgpBackend"));
        var mode = backend is null
            ? "it sets no spec.bgpBackend, so the operator picks the backend (frr-k8s on OpenShift, frr elsewhere)"
            : $"its spec.bgpBackend: {backend} is the backend mode to validate with (--mode {(backend.StartsWith("frr-k8s", StringComparison.Ordinal) ? "frr-k8s" : backend)})";
        diagnostics.Add(MetalLbRules.OperatorResource, $"MetalLB \"{name}\" is the MetalLB Operator's resource: it installs MetalLB in its namespace and is not MetalLB configuration, so it was skipped; {mode}", mapping.Span, new Diagnostics.ResourceRef("metallb.io/v1beta1", "MetalLB", InputRecognizer.Text(InputRecognizer.At(mapping, "metadata", "namespace")), name));
    }

    /// <summary>A ConfigMap or Helm release that carries a MetalLB &lt;= 0.12 configuration.</summary>
    private void ReadLegacyCarrier(DocMapping mapping, string apiVersion, string kind)
    {
        var name = InputRecognizer.Text(InputRecognizer.At(mapping, "metadata", "name")) ?? "?";
        var resource = new Diagnostics.ResourceRef(apiVersion, kind, InputRecognizer.Text(InputRecognizer.At(mapping, "metadata", "namespace")), name);
        if (kind == "ConfigMap" && apiVersion == "v1")
        {
            if (InputRecognizer.At(mapping, "data") is DocMapping data && data.Entries.FirstOrDefault(e => e.Key.Text == "config") is { Key: not null } config
                && config.Value is DocScalar text && InputRecognizer.HoldsLegacyConfig(text.Text))
            {
                Facts.Legacy.Add(new LegacyConfiguration(config.Key.Span, $"data.config of ConfigMap \"{name}\"", resource, false, null));
            }

            return;
        }

        if (kind is not ("HelmRelease" or "HelmChart" or "Application"))
        {
            return;
        }

        var release = InputRecognizer.FindInstall(mapping, apiVersion, kind)?.Release;
        if (InputRecognizer.ReleaseValues(mapping, kind) is { } values && InputRecognizer.FindConfigInline(values.Values) is { } inline)
        {
            Facts.Legacy.Add(new LegacyConfiguration(inline.Key.Span, $"{values.Path}.configInline of {kind} \"{name}\"", resource, true, release));
        }
        else if (InputRecognizer.ReleaseValuesText(mapping, kind) is { } valuesText && valuesText.Text.Contains("configInline:", StringComparison.Ordinal))
        {
            Facts.Legacy.Add(new LegacyConfiguration(valuesText.Span, $"configInline in the values of {kind} \"{name}\"", resource, true, release));
        }
    }

    private void Skip(string kind)
    {
        Skipped[kind] = Skipped.GetValueOrDefault(kind) + 1;
        SkippedTotal++;
    }

    private static (string Group, string Version) Split(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (string.Empty, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }
}
