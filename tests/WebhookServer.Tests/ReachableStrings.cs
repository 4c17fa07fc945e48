using System.Collections;
using System.Reflection;
using System.Text;

namespace WebhookServer.Tests;

/// <summary>
/// Every string (and char or byte buffer, as text) reachable from an object through its fields, public or not:
/// what a secret value would have to be among to leak through anything the object holds.
/// </summary>
public static class ReachableStrings
{
    public static IReadOnlyList<string> From(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<string>();
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.TryPop(out var current))
        {
            var type = current.GetType();
            if (type.IsPrimitive || type.IsEnum || current is MemberInfo or Delegate || (!type.IsValueType && !seen.Add(current)))
            {
                continue;
            }

            switch (current)
            {
                case string text:
                    found.Add(text);
                    continue;
                case char[] chars:
                    found.Add(new string(chars));
                    continue;
                case byte[] bytes:
                    found.Add(Encoding.Latin1.GetString(bytes));
                    continue;
                case Array array:
                    foreach (var element in array)
                    {
                        if (element is not null)
                        {
                            pending.Push(element);
                        }
                    }

                    continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike && field.GetValue(current) is { } value)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return found;
    }

    public static IReadOnlyList<string> From(IEnumerable items) => From((object)items.Cast<object>().ToArray());
}
