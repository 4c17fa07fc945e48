using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation;

/// <summary>
/// A configuration validated once and indexed, against which a few created or updated objects are validated fast
/// (an admission webhook's case: one object against a cluster's worth). Made by <see cref="MetalLbValidator.Prepare"/>.
/// </summary>
/// <remarks>
/// <para>What is incremental: the snapshot is read and indexed once. Per-object rules
/// (<see cref="ResourceRule{TResource}"/>) run on the changed objects only. Whole-set rules that implement
/// <see cref="IIncrementalRule"/> check the changed objects against indexes they built once. Shared views that
/// implement <see cref="ISnapshotView"/> and are not affected by the change are reused.</para>
/// <para>Rules whose <see cref="Rule.ReportsOn"/> lists none of the changed objects' kinds are skipped: they can
/// say nothing about the changed objects. Whole-set rules check only the objects in scope
/// (<see cref="RuleContext.IsInScope"/>) where they can, and the per-node view is built only for the nodes the
/// changed peers and advertisements select.</para>
/// <para>What is not incremental: the other whole-set rules run over the updated set (so their answer stays right)
/// and only their findings about the changed objects are kept; <see cref="FullRules"/> lists them. Building the
/// updated set copies the snapshot's object list (a memory copy, no re-reading or re-indexing).</para>
/// <para>Findings are those about the changed objects. Rules with an incremental form report a conflict between a
/// changed and an unchanged object on the changed one, whichever comes first in the input; the other rules report
/// it where a full run does (on the later object), so it is left out when the changed object comes first. Findings
/// about other objects, and findings about no object, are not included; <see cref="Baseline"/> has those of the
/// snapshot.</para>
/// <para>Thread-safe: calls are serialised, because the kept views cache answers as they are asked.</para>
/// </remarks>
public sealed class PreparedConfiguration
{
    private readonly MetalLbValidator _validator;
    private readonly KubernetesObject[] _objects;
    private readonly Dictionary<(string Kind, string? Namespace, string? Name), List<int>> _positions = [];
    private readonly List<(Rule Rule, object? Index)> _rules = [];
    private readonly KeyValuePair<Type, object>[] _views;
    private readonly object _gate = new();

    internal PreparedConfiguration(MetalLbValidator validator, ConfigurationSet snapshot)
    {
        // Changes are checked against the release the full run used (the one the snapshot's install pins, if any).
        _validator = validator.ForInput(snapshot, out _);
        Baseline = validator.Validate(snapshot, out var context, out snapshot);
        Snapshot = snapshot;
        _views = [.. context.Views];
        _objects = [.. snapshot.Objects];
        for (var i = 0; i < _objects.Length; i++)
        {
            var key = KeyOf(_objects[i]);
            if (!_positions.TryGetValue(key, out var list))
            {
                _positions[key] = list = [];
            }

            list.Add(i);
        }

        var read = RuleContext.ReadView(snapshot, Baseline.Namespace!.Name);
        var full = new List<RuleDescriptor>();
        foreach (var rule in _validator.ApplicableRules())
        {
            object? index = null;
            if (rule is IIncrementalRule incremental)
            {
                index = incremental.Prepare(read);
            }
            else if (rule is not ISingleResourceRule)
            {
                full.Add(rule.Descriptor);
            }

            _rules.Add((rule, index));
        }

        FullRules = full;
    }

    /// <summary>The configuration the changes are validated against.</summary>
    public ConfigurationSet Snapshot { get; }

    /// <summary>The report of the snapshot itself.</summary>
    public ValidationReport Baseline { get; }

    /// <summary>
    /// Whole-set rules without an <see cref="IIncrementalRule"/> form: they run on the updated set for every change
    /// that contains a kind they report on, checking only the objects in scope where they can.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> FullRules { get; }

    /// <summary>Validates one created or updated object against the snapshot.</summary>
    public ValidationReport Validate(KubernetesObject changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return Validate([changed], []);
    }

    /// <summary>
    /// Validates the objects of <paramref name="change"/> (typically loaded from an admission request) as created or
    /// updated in the snapshot: an object replaces the snapshot's object of the same kind, namespace and name.
    /// The change's load findings are included.
    /// </summary>
    public ValidationReport Validate(ConfigurationSet change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Validate(change.Objects, change.LoadDiagnostics);
    }

    private ValidationReport Validate(IReadOnlyList<KubernetesObject> changed, IReadOnlyList<Diagnostic> loadDiagnostics)
    {
        var findings = new List<Diagnostic>();
        changed = [.. changed.Select(c => Releases.ReleaseFieldPruning.Prune(c, _validator.Options.MetalLbVersion, _validator.Options.Mode, (d, from) => _validator.Accept(Rules.Input.InputRules.UnknownField, d, from, findings)))];
        var (set, replaced) = Apply(changed, loadDiagnostics);
        var delta = new ConfigurationChange(changed, replaced);
        _validator.AddLoadFindings(set, findings);
        set = _validator.CollapseDuplicates(set, Baseline.Namespace!, findings, delta.IsChanged);
        lock (_gate)
        {
            var views = _views.Where(v => v.Value is ISnapshotView view && !changed.Concat(replaced).Any(view.IsAffectedBy));
            var context = new RuleContext(set, _validator.Options, Keep, views) { Change = delta, MetalLbNamespace = Baseline.Namespace! };
            foreach (var (rule, index) in _rules)
            {
                if (rule.ReportsOn is { } kinds && !changed.Any(c => kinds.Any(k => k.IsInstanceOfType(c))))
                {
                    // Its findings can only be about objects of other kinds, which this run does not keep.
                    continue;
                }

                MetalLbValidator.Run(rule, context, findings, (r, c) =>
                {
                    switch (r)
                    {
                        case ISingleResourceRule single:
                            foreach (var resource in changed)
                            {
                                single.CheckOne(resource, c);
                            }

                            break;
                        case IIncrementalRule incremental:
                            incremental.CheckChanges(delta, index, c);
                            break;
                        default:
                            r.Check(c);
                            break;
                    }
                });
            }
        }

        return new ValidationReport(findings, changed.Count, set.SkippedKinds, _validator.Options) { Namespace = Baseline.Namespace };

        void Keep(RuleDescriptor rule, Diagnostic diagnostic, KubernetesObject? resource)
        {
            if (delta.IsChanged(resource))
            {
                _validator.Accept(rule, diagnostic, resource, findings);
            }
        }
    }

    private (ConfigurationSet Set, IReadOnlySet<KubernetesObject> Replaced) Apply(IReadOnlyList<KubernetesObject> changed, IReadOnlyList<Diagnostic> loadDiagnostics)
    {
        // Positions of replaced objects; the first one of each key takes the changed object, the rest are dropped.
        var at = new SortedDictionary<int, KubernetesObject?>();
        var replaced = new HashSet<KubernetesObject>(ReferenceEqualityComparer.Instance);
        var appended = new List<KubernetesObject>();
        foreach (var resource in changed)
        {
            if (!_positions.TryGetValue(KeyOf(resource), out var positions) || at.ContainsKey(positions[0]))
            {
                appended.Add(resource);
                continue;
            }

            at[positions[0]] = resource;
            foreach (var p in positions.Skip(1))
            {
                at[p] = null;
            }

            foreach (var p in positions)
            {
                replaced.Add(_objects[p]);
            }
        }

        var objects = new List<KubernetesObject>(_objects.Length + appended.Count);
        var from = 0;
        foreach (var (position, replacement) in at)
        {
            objects.AddRange(new ArraySegment<KubernetesObject>(_objects, from, position - from));
            if (replacement is not null)
            {
                objects.Add(replacement);
            }

            from = position + 1;
        }

        objects.AddRange(new ArraySegment<KubernetesObject>(_objects, from, _objects.Length - from));
        objects.AddRange(appended);
        var replacements = at.ToDictionary<KeyValuePair<int, KubernetesObject?>, KubernetesObject, KubernetesObject?>(p => _objects[p.Key], p => p.Value, ReferenceEqualityComparer.Instance);
        return (Snapshot.Derive(objects, loadDiagnostics, replacements, appended), replaced);
    }

    private static (string Kind, string? Namespace, string? Name) KeyOf(KubernetesObject o) => (o.Kind, o.Metadata.Namespace, o.Name);
}
