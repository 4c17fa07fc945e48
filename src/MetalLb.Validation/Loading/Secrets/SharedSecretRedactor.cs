using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Secrets;

/// <summary>
/// Keeps a secret that YAML anchors, aliases or merge keys share with other fields out of every output. Aliases share
/// the anchored node, so the document is rewritten: every use of a secret scalar outside a secret field becomes
/// <c>(redacted)</c> (a mapping key is dropped), and each such secret is reported once. The readers, the model and the
/// rules then never see the secret anywhere but in the fields they already keep secret, whichever use comes first.
/// </summary>
internal sealed class SharedSecretRedactor
{
    public const string Placeholder = "(redacted)";

    private readonly HashSet<DocScalar> _secrets;
    private readonly Dictionary<(DocNode, SecretRole), DocNode> _rewritten = [];
    private readonly HashSet<DocScalar> _shared = new(ReferenceEqualityComparer.Instance);

    private SharedSecretRedactor(HashSet<DocScalar> secrets) => _secrets = secrets;

    /// <summary>The document with its shared secrets redacted; each shared secret is reported at its first place.</summary>
    public static DocumentRedaction Redact(DocNode root, DiagnosticBag diagnostics)
    {
        var secrets = SecretScalars.Collect(root);
        if (secrets.Count == 0)
        {
            return new DocumentRedaction(root, secrets);
        }

        var redactor = new SharedSecretRedactor(secrets);
        var result = redactor.Rewrite(root);
        foreach (var secret in redactor._shared.OrderBy(s => s.Span.Line).ThenBy(s => s.Span.Column))
        {
            diagnostics.Add(
                MetalLbRules.SharedSecret,
                "this value is a secret (a BGPPeer password or a Secret's data) and is also used in another field of this document through a YAML anchor, alias or merge key. "
                + $"Kubernetes would copy the secret there, where anyone who can read the object sees it; those uses are read as \"{Placeholder}\" here so that no output shows it. Give the other field its own value",
                secret.Span);
        }

        return new DocumentRedaction(result, secrets);
    }

    // Iterative and memoised per node: aliases make the tree a graph that may be far deeper and larger than its text.
    private DocNode Rewrite(DocNode root)
    {
        var pending = new Stack<(DocNode Node, SecretRole Role, bool ChildrenDone)>();
        pending.Push((root, SecretRole.Object, false));
        while (pending.Count > 0)
        {
            var (node, role, childrenDone) = pending.Pop();
            if (_rewritten.ContainsKey((node, role)))
            {
                continue;
            }

            if (role == SecretRole.Secret || node is DocScalar)
            {
                _rewritten[(node, role)] = role == SecretRole.Secret ? node : Redacted((DocScalar)node);
            }
            else if (!childrenDone)
            {
                pending.Push((node, role, true));
                foreach (var child in Children(node, role))
                {
                    pending.Push((child.Node, child.Role, false));
                }
            }
            else
            {
                _rewritten[(node, role)] = node is DocMapping mapping ? Rebuild(mapping, role) : Rebuild((DocSequence)node, role);
            }
        }

        return _rewritten[(root, SecretRole.Object)];
    }

    private static IEnumerable<(DocNode Node, SecretRole Role)> Children(DocNode node, SecretRole role) => node switch
    {
        DocMapping mapping => mapping.Entries.Select(e => (e.Value, SecretRoles.OfValue(role, mapping, e.Key.Text))),
        DocSequence sequence => sequence.Items.Select(i => (i, SecretRoles.OfItem(role))),
        _ => [],
    };

    private DocMapping Rebuild(DocMapping mapping, SecretRole role)
    {
        var entries = new List<DocEntry>(mapping.Entries.Count);
        var changed = false;
        foreach (var entry in mapping.Entries)
        {
            if (IsShared(entry.Key))
            {
                changed = true;
                continue;
            }

            var value = _rewritten[(entry.Value, SecretRoles.OfValue(role, mapping, entry.Key.Text))];
            changed |= !ReferenceEquals(value, entry.Value);
            entries.Add(new DocEntry(entry.Key, value));
        }

        return changed ? new DocMapping(mapping.Span, entries) : mapping;
    }

    private DocSequence Rebuild(DocSequence sequence, SecretRole role)
    {
        var items = sequence.Items.Select(i => _rewritten[(i, SecretRoles.OfItem(role))]).ToList();
        return items.SequenceEqual(sequence.Items, ReferenceEqualityComparer.Instance) ? sequence : new DocSequence(sequence.Span, items);
    }

    private DocScalar Redacted(DocScalar scalar) =>
        IsShared(scalar) ? new DocScalar(scalar.Span, Placeholder, isPlain: false) : scalar;

    /// <summary>A secret met outside a secret field; remembered for the finding.</summary>
    private bool IsShared(DocScalar scalar)
    {
        if (!_secrets.Contains(scalar))
        {
            return false;
        }

        _shared.Add(scalar);
        return true;
    }
}
