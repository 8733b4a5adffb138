using System.Reflection;
using System.Reflection.Emit;

namespace OpenData.Api.Tests.Architecture;

/// <summary>
/// The API's folders depend on each other in one direction: a feature may use another feature and the cross-cutting folders,
/// a cross-cutting folder uses no feature, and no folders use each other in a circle. A relation is declared by the feature
/// that owns it (an organisation's networks by networks) and reaches the other feature through its extension points.
/// Dependencies are read from the compiled assembly: signatures and every type, method and field a method body names.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly string[] Features = ["Agreements", "Areas", "Catalog", "Datasets", "Networks", "Organisations", "ResourceCentres", "Sources"];
    private static readonly string[] CrossCutting = ["Data", "GraphQL", "Infrastructure", "Pages", "Querying", "Text", "Web"];
    /// <summary>
    /// The host's own parts: its endpoints (what the API says about itself and its health) and the EF models compiled from
    /// every feature's entities, which EF finds by their assembly attribute and no code of the API names.
    /// </summary>
    private static readonly string[] Host = ["ApiInfo", "Health", "CompiledModels"];

    private static readonly Lazy<Dictionary<string, Dictionary<string, HashSet<string>>>> Graph = new(FolderDependencies.Of(typeof(Program).Assembly));

    [Fact]
    public void NoTwoFoldersDependOnEachOtherInACircle()
    {
        var circles = FolderDependencies.Circles(Graph.Value.ToDictionary(f => f.Key, f => (IReadOnlyCollection<string>)f.Value.Keys));

        Assert.True(circles.Count == 0, string.Join("\n", circles.SelectMany(circle =>
            from folder in circle
            from used in Graph.Value[folder]
            where circle.Contains(used.Key)
            select $"{folder} uses {used.Key}: {string.Join(", ", used.Value.Take(5))}")));
    }

    [Fact]
    public void CrossCuttingFoldersUseNoFeature()
    {
        var uses = CrossCutting.SelectMany(folder => Graph.Value.GetValueOrDefault(folder, [])
            .Where(dependency => Features.Contains(dependency.Key))
            .Select(dependency => $"{folder} uses {dependency.Key}: {string.Join(", ", dependency.Value.Take(5))}")).ToList();

        Assert.True(uses.Count == 0, string.Join("\n", uses));
    }

    [Fact]
    public void EveryFolderIsAFeatureCrossCuttingOrTheHosts()
    {
        var folders = Graph.Value.Keys.Concat(Graph.Value.Values.SelectMany(uses => uses.Keys)).Distinct();

        Assert.Empty(folders.Except(Features).Except(CrossCutting).Except(Host));
    }

    [Fact]
    public void ACircleOfAnyLengthIsFoundOnce()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A", "D"], ["D"] = [], ["E"] = ["F"], ["F"] = ["E"],
        };

        var circles = FolderDependencies.Circles(graph);

        Assert.Equal(["A,B,C", "E,F"], circles.Select(c => string.Join(",", c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheReaderSeesReferencesInMethodBodies()
    {
        // A network read asks OrganisationReads whether the organisation exists: only the body of an async method names it.
        Assert.Contains("OrganisationReads (in NetworkReads)", Graph.Value["Networks"]["Organisations"]);
        Assert.DoesNotContain("Networks", Graph.Value["Organisations"].Keys);
    }
}

/// <summary>Which folder of the API uses which, by the namespaces of the types each folder's code names.</summary>
internal static class FolderDependencies
{
    private const string Root = "OpenData.Api.";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Folder → folder it uses → the names that make it use it.</summary>
    public static Dictionary<string, Dictionary<string, HashSet<string>>> Of(Assembly assembly)
    {
        var graph = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (FolderOf(type) is not { } folder)
            {
                continue;
            }
            foreach (var used in TypesUsedBy(type).SelectMany(Expand).Distinct())
            {
                if (FolderOf(used) is { } other && other != folder)
                {
                    var uses = graph.TryGetValue(folder, out var existing) ? existing : graph[folder] = new(StringComparer.Ordinal);
                    (uses.TryGetValue(other, out var names) ? names : uses[other] = []).Add($"{Name(used)} (in {Name(type)})");
                }
            }
        }
        return graph;
    }

    /// <summary>Every circle of folders, each once, as the set of folders that depend on each other.</summary>
    public static List<IReadOnlyList<string>> Circles(Dictionary<string, IReadOnlyCollection<string>> graph)
    {
        // Tarjan's strongly connected components: a component of more than one folder holds a circle.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var circles = new List<IReadOnlyList<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in graph.GetValueOrDefault(folder, []))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], index[next]);
                }
            }
            if (low[folder] == index[folder])
            {
                var component = new List<string>();
                string popped;
                do
                {
                    popped = stack.Pop();
                    component.Add(popped);
                }
                while (popped != folder);
                if (component.Count > 1)
                {
                    circles.Add(component);
                }
            }
        }
        foreach (var folder in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }
        return circles;
    }

    private static string? FolderOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..].Split('.')[0] : null;

    private static string Name(Type type) => type.DeclaringType is { } outer ? Name(outer) : type.Name;

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()!))
            {
                yield return element;
            }
            yield break;
        }
        if (type.IsGenericParameter)
        {
            yield break;
        }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }
        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }
        foreach (var field in type.GetFields(declared))
        {
            yield return field.FieldType;
        }
        foreach (var property in type.GetProperties(declared))
        {
            yield return property.PropertyType;
        }
        var methods = type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared));
        foreach (var method in methods)
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
            foreach (var used in TypesInBody(type, method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types, methods and fields the method's IL names, as the types that declare or carry them.</summary>
    private static IEnumerable<Type> TypesInBody(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethodDefinition ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                }
                switch (member)
                {
                    case Type named:
                        yield return named;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                        break;
                }
            }
            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
        }
    }
}
