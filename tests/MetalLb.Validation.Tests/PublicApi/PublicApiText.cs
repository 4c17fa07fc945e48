using System.Reflection;
using System.Text;

namespace MetalLb.Validation.Tests.PublicApi;

/// <summary>A stable, sorted text listing of an assembly's public (and protected) surface, one line per member.</summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsSubclassOf(typeof(Delegate)) ? "delegate" : "class";
        var modifiers = type.IsClass && type.IsAbstract && type.IsSealed ? "static " : type.IsClass && type.IsAbstract ? "abstract " : type.IsClass && type.IsSealed && kind == "class" ? "sealed " : string.Empty;
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"{name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => $"{Access(c)}ctor({Parameters(c)})",
                MethodInfo m when Visible(m) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)) => $"{Access(m)}{(m.IsStatic ? "static " : m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal ? "virtual " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
                PropertyInfo p when (p.GetMethod ?? p.SetMethod) is { } a && Visible(a) => $"{Access(a)}{(a.IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod is { } g && Visible(g) ? " get;" : string.Empty)}{(p.SetMethod is { } s && Visible(s) ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;") : string.Empty)} }}",
                FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
                EventInfo e when e.AddMethod is { } add && Visible(add) => $"event {Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? string.Empty : "protected ";

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{(p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
