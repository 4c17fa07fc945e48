using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Secrets;

/// <summary>The scalars of a document that are secrets (BGPPeer passwords, Secret data), by identity: an alias is the anchored node itself.</summary>
internal static class SecretScalars
{
    public static HashSet<DocScalar> Collect(DocNode root)
    {
        var secrets = new HashSet<DocScalar>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(DocNode, SecretRole)>();
        var pending = new Stack<(DocNode Node, SecretRole Role)>();
        pending.Push((root, SecretRole.Object));
        while (pending.Count > 0)
        {
            var (node, role) = pending.Pop();
            if (role == SecretRole.Plain || !seen.Add((node, role)))
            {
                continue;
            }

            switch (node)
            {
                case DocScalar scalar when role == SecretRole.Secret:
                    AddIfNotEmpty(secrets, scalar);
                    break;
                case DocMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (role == SecretRole.Secret)
                        {
                            AddIfNotEmpty(secrets, entry.Key);
                        }

                        pending.Push((entry.Value, SecretRoles.OfValue(role, mapping, entry.Key.Text)));
                    }

                    break;
                case DocSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push((item, SecretRoles.OfItem(role)));
                    }

                    break;
            }
        }

        return secrets;
    }

    // A null or empty secret reveals nothing, and the readers treat null as absent.
    private static void AddIfNotEmpty(HashSet<DocScalar> secrets, DocScalar scalar)
    {
        if (scalar.Text.Length > 0 && scalar.Kind != ScalarKind.Null)
        {
            secrets.Add(scalar);
        }
    }
}
