using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>What a rule sees: the configuration, the options, shared computed views, and where to report.</summary>
public sealed class RuleContext
{
    private readonly Dictionary<Type, object> _shared = [];
    private readonly Action<RuleDescriptor, Diagnostic, KubernetesObject?> _sink;

    private ConfigurationSet? _read;

    internal RuleContext(ConfigurationSet set, ValidationOptions options, Action<RuleDescriptor, Diagnostic, KubernetesObject?> sink)
    {
        Input = set;
        Options = options;
        _sink = sink;
    }

    internal RuleContext(ConfigurationSet set, ValidationOptions options, Action<RuleDescriptor, Diagnostic, KubernetesObject?> sink, IEnumerable<KeyValuePair<Type, object>> views)
        : this(set, options, sink)
    {
        foreach (var (type, view) in views)
        {
            _shared[type] = view;
        }
    }

    /// <summary>The views computed so far, for a prepared snapshot to keep.</summary>
    internal IReadOnlyDictionary<Type, object> Views => _shared;

    /// <summary>
    /// The configuration MetalLB reads: the input without the MetalLB objects and Secrets of other namespaces (its
    /// cache holds only its own namespace: internal/k8s/k8s.go), so no rule compares them with the real configuration.
    /// The whole input is the same set when nothing lies elsewhere.
    /// </summary>
    public ConfigurationSet Set => _read ??= ReadView(Input, MetalLbNamespace.Name);

    /// <summary>Everything given, objects of other namespaces included (to say where a missing reference really is).</summary>
    internal ConfigurationSet Input { get; }

    /// <summary>The run's options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>
    /// Objects an admission request deletes (already removed from <see cref="Set"/>); empty outside admission, so rules
    /// about deletions stay silent in batch validation.
    /// </summary>
    public IReadOnlyList<KubernetesObject> Deleted { get; internal init; } = [];

    /// <summary>The namespace MetalLB is taken to run in (it reads MetalLB objects and Secrets there only), and why.</summary>
    public Namespaces.AssumedNamespace MetalLbNamespace { get; internal init; } = new(Namespaces.AssumedNamespace.DefaultName, Namespaces.NamespaceSource.Default, "the default");

    /// <summary>
    /// True when MetalLB reads <paramref name="resource"/>: it is in <see cref="MetalLbNamespace"/>, or has no namespace
    /// (taken to be applied there).
    /// </summary>
    public bool IsReadByMetalLb(KubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Metadata.Namespace is not { Length: > 0 } ns || ns == MetalLbNamespace.Name;
    }

    /// <summary>The objects of <paramref name="set"/> MetalLB reads when it runs in <paramref name="metallbNamespace"/>.</summary>
    internal static ConfigurationSet ReadView(ConfigurationSet set, string metallbNamespace) => set.ReadByMetalLb(metallbNamespace);

    /// <summary>The backend mode.</summary>
    public BackendMode Mode => Options.Mode;

    /// <summary>The rule now running; set by the engine.</summary>
    public RuleDescriptor? Current { get; internal set; }

    /// <summary>The running rule's <see cref="Rule.ReportsOn"/>; set by the engine.</summary>
    internal IReadOnlyCollection<Type>? CurrentReportsOn { get; set; }

    /// <summary>
    /// In a run of a <see cref="PreparedConfiguration"/>, the change being validated: only findings about its changed
    /// objects are kept. Null in a full run.
    /// </summary>
    public ConfigurationChange? Change { get; internal init; }

    /// <summary>
    /// False for objects whose findings this run drops (in an incremental run, every unchanged object): a whole-set
    /// rule may skip the work of checking them. Always true in a full run.
    /// </summary>
    public bool IsInScope(KubernetesObject resource) => Change is null || Change.IsChanged(resource);

    /// <summary>
    /// A view computed once per run and shared by every rule that asks for it (a pool index, the per-node topology).
    /// </summary>
    public T Shared<T>(Func<RuleContext, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            _shared[typeof(T)] = value;
        }

        return (T)value;
    }

    /// <summary>Reports a finding of the running rule at a position in a document that is not modelled as an object.</summary>
    internal void ReportAt(SourceSpan location, ResourceRef? resource, string? path, string message, DiagnosticSeverity? severity = null)
    {
        var rule = Current ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
        _sink(rule, new Diagnostic(rule.Id, severity ?? rule.DefaultSeverity, message, resource, path, location), null);
    }

    /// <summary>Reports a finding of the running rule about <paramref name="resource"/> at <paramref name="path"/>.</summary>
    public void Report(KubernetesObject? resource, string? path, string message, string? node = null, DiagnosticSeverity? severity = null)
    {
        var rule = Current ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
        if (resource is not null && CurrentReportsOn is { } kinds && !kinds.Any(k => k.IsInstanceOfType(resource)))
        {
            throw new InvalidOperationException($"rule {rule.Id} reported on a {resource.Kind}, which its ReportsOn does not list.");
        }

        path = path is null ? null : resource?.ToDocumentPath(path) ?? path;
        if (resource is not null && path is not null && resource.RestsOnUnknown(path))
        {
            // The value is a Flux substitution variable (reported once as MLB0013): nothing is known about it.
            return;
        }

        var location = resource?.Locate(path) ?? SourceSpan.None;
        _sink(rule, new Diagnostic(rule.Id, severity ?? rule.DefaultSeverity, message, resource?.Ref, path, location, node), resource);
    }
}
