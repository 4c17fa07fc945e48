using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Namespaces;

namespace MetalLb.Validation.Rules;

/// <summary>What a check sees: the configuration MetalLB reads, the options, and where to report.</summary>
public sealed class RuleContext
{
    private readonly Dictionary<Type, object> _shared = [];
    private readonly Action<RuleDescriptor, Diagnostic, KubernetesObject?> _sink;

    internal RuleContext(ConfigurationSet input, ValidationOptions options, AssumedNamespace metallbNamespace, IReadOnlyList<KubernetesObject> deleted, Action<RuleDescriptor, Diagnostic, KubernetesObject?> sink)
    {
        Input = input;
        Options = options;
        MetalLbNamespace = metallbNamespace;
        Deleted = deleted;
        _sink = sink;
        Set = input.ReadByMetalLb(metallbNamespace.Name);
    }

    /// <summary>
    /// The configuration MetalLB reads: the input without the MetalLB objects and Secrets of other namespaces (its
    /// cache holds only its own namespace: internal/k8s/k8s.go).
    /// </summary>
    public ConfigurationSet Set { get; }

    /// <summary>Everything given, objects of other namespaces included (to say where a missing reference really is).</summary>
    internal ConfigurationSet Input { get; }

    /// <summary>The run's options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The backend mode.</summary>
    public BackendMode Mode => Options.Mode;

    /// <summary>The namespace MetalLB is taken to run in (it reads MetalLB objects and Secrets there only), and why.</summary>
    public AssumedNamespace MetalLbNamespace { get; }

    /// <summary>Objects an admission request deletes (already removed from <see cref="Set"/>); empty outside admission.</summary>
    internal IReadOnlyList<KubernetesObject> Deleted { get; }

    /// <summary>True when MetalLB reads <paramref name="resource"/>: it is in <see cref="MetalLbNamespace"/>, or has no namespace.</summary>
    public bool IsReadByMetalLb(KubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Metadata.Namespace is not { Length: > 0 } ns || ns == MetalLbNamespace.Name;
    }

    /// <summary>A view computed once per run and shared by every check that asks for it.</summary>
    internal T Shared<T>(Func<RuleContext, T> create)
        where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }

    /// <summary>Reports a finding of <paramref name="rule"/> about <paramref name="resource"/> at the field <paramref name="path"/>.</summary>
    /// <param name="rule">The rule found; one of the running check's <see cref="Rule.Descriptors"/>.</param>
    /// <param name="resource">The object the finding is about, or null for the input as a whole.</param>
    /// <param name="path">The field, as a manifest path (<c>spec.addresses[1]</c>); its position is the finding's.</param>
    /// <param name="message">What is wrong, what MetalLB does about it, and what to do.</param>
    /// <param name="node">The node the finding concerns, for per-node findings.</param>
    /// <param name="severity">The severity when it differs from the rule's default.</param>
    /// <param name="related">Other places the finding involves (<see cref="Related"/>).</param>
    public void Report(RuleDescriptor rule, KubernetesObject? resource, string? path, string message, string? node = null, DiagnosticSeverity? severity = null, IReadOnlyList<RelatedLocation>? related = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        path = path is null ? null : resource?.ToDocumentPath(path) ?? path;
        if (resource is not null && path is not null && resource.RestsOnUnknown(path))
        {
            // The value is a Flux substitution variable (reported once as MLB0013): nothing is known about it.
            return;
        }

        var location = resource?.Locate(path) ?? SourceSpan.None;
        _sink(rule, new Diagnostic(rule.Id, severity ?? rule.DefaultSeverity, message, resource?.Ref, path, location, node) { AdditionalLocations = related ?? [] }, resource);
    }

    /// <summary>A related place: the field <paramref name="path"/> of <paramref name="resource"/>, described by <paramref name="message"/>.</summary>
    public static RelatedLocation Related(KubernetesObject resource, string? path, string message)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new RelatedLocation(resource.Ref, path, resource.Locate(path), message);
    }

    /// <summary>Reports a finding at a position in a document that is not modelled as an object.</summary>
    internal void ReportAt(RuleDescriptor rule, SourceSpan location, ResourceRef? resource, string? path, string message, DiagnosticSeverity? severity = null) =>
        _sink(rule, new Diagnostic(rule.Id, severity ?? rule.DefaultSeverity, message, resource, path, location), null);
}
