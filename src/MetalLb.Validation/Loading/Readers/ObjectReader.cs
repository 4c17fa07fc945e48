using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Input;

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

    public List<KubernetesObject> Objects { get; } = [];

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
            diagnostics.Add(InputRules.NotAnObject, $"a document must be a Kubernetes object (a mapping with apiVersion and kind), not {root.Describe()}", root.Span);
            return;
        }

        var top = new FieldReader(mapping, string.Empty, context);
        var apiVersion = top.String("apiVersion");
        var kind = top.String("kind");
        if (apiVersion is null || kind is null)
        {
            var missing = apiVersion is null && kind is null ? "apiVersion and kind" : apiVersion is null ? "apiVersion" : "kind";
            diagnostics.Add(InputRules.NotAnObject, $"this document has no {missing}, so it is not a Kubernetes object and was not validated", root.Span);
            return;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && top.Node("items") is not null)
        {
            foreach (var (item, _) in top.Items("items"))
            {
                if (depth >= limits.MaxDepth)
                {
                    diagnostics.Add(InputRules.LimitExceeded, $"lists nested deeper than {limits.MaxDepth} levels; the items were not read", item.Span);
                    break;
                }

                Read(item, depth + 1);
            }

            return;
        }

        var (group, version) = Split(apiVersion);
        switch (group)
        {
            case MetalLbObject.Group:
                ReadMetalLb(top, mapping, apiVersion, version, kind, context);
                break;
            case "" when version == "v1" && kind is KubernetesNode.KindName or SecretMetadata.KindName or KubernetesNamespace.KindName:
                ReadCore(top, mapping, apiVersion, kind, context);
                break;
            case "nmstate.io" when kind == NodeNetworkState.KindName:
                var nns = new NodeNetworkState { ApiVersion = apiVersion, Kind = kind, NodeName = string.Empty, Metadata = MetadataReader.Read(top, false), Location = mapping.Span, Tree = mapping };
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
            context.Report(InputRules.UnservedVersion, $"{apiVersion} {kind} is not served: {what}", mapping.Span, "apiVersion");
            return;
        }

        top.Accept("apiVersion", "kind", "status");
        if (metadata.Name is null)
        {
            context.Report(InputRules.MissingField, "metadata.name is required", mapping.Span, "metadata.name");
        }

        var spec = top.Object("spec");
        spec ??= new FieldReader(new DocMapping(mapping.Span, []), "spec", context);

        top.ReportUnknownFields();
        Objects.Add(ReadKind(spec, kind, apiVersion, metadata, mapping));
    }

    private static MetalLbObject ReadKind(FieldReader spec, string kind, string apiVersion, ObjectMeta metadata, DocMapping tree) => kind switch
    {
        IpAddressPool.KindName => PoolReader.Read(spec, new IpAddressPool { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
        BgpPeer.KindName => PeerReader.Read(spec, new BgpPeer { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
        BgpAdvertisement.KindName => BgpAdvertisementReader.Read(spec, new BgpAdvertisement { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
        L2Advertisement.KindName => L2AdvertisementReader.Read(spec, new L2Advertisement { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
        BfdProfile.KindName => BfdProfileReader.Read(spec, new BfdProfile { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
        _ => CommunityReader.Read(spec, new Community { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = tree.Span, Tree = tree }),
    };

    private void ReadCore(FieldReader top, DocMapping mapping, string apiVersion, string kind, ReadContext context)
    {
        var metadata = MetadataReader.Read(top, reportUnknown: false);
        context.Resource = new Diagnostics.ResourceRef(apiVersion, kind, metadata.Namespace, metadata.Name);
        KubernetesObject result = kind switch
        {
            KubernetesNode.KindName => NodeReader.Read(top, new KubernetesNode { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Tree = mapping }),
            SecretMetadata.KindName => SecretReader.Read(top, new SecretMetadata { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Tree = mapping }),
            _ => new KubernetesNamespace { ApiVersion = apiVersion, Kind = kind, Metadata = metadata, Location = mapping.Span, Tree = mapping },
        };
        Objects.Add(result);
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
