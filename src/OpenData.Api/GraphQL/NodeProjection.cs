using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL;

/// <summary>
/// A node's projection that reads only what the selected fields need. A GraphQL client names its fields; reading every column
/// and collection of a record for a query that asks for two of them made SQLite sort and join rows nobody reads and EF
/// materialise them. Each optional part of the node (a constructor argument of the node record) names the fields that read
/// it; a part no selected field reads is left at its default, so EF Core neither selects its columns nor joins its
/// collection. Parts not named here (the id, keys relations load by) are always read.
/// </summary>
public sealed class NodeProjection<TEntity, TNode>
{
    private readonly Expression<Func<TEntity, TNode>> _full;
    private readonly NewExpression _body;
    private readonly (int Argument, string[] Fields)[] _optional;
    private readonly ConcurrentDictionary<ulong, Expression<Func<TEntity, TNode>>> _byParts = new();

    /// <param name="full">The whole projection: <c>e =&gt; new TNode(...)</c>.</param>
    /// <param name="optionalParts">Each optional constructor parameter of the node, by name, and the GraphQL fields that read it.</param>
    public NodeProjection(Expression<Func<TEntity, TNode>> full, IReadOnlyDictionary<string, string[]> optionalParts)
    {
        _full = full;
        _body = full.Body as NewExpression ?? throw new ArgumentException("The projection must construct the node: e => new TNode(...).", nameof(full));
        var parameters = _body.Constructor!.GetParameters();
        _optional = [.. optionalParts.Select(part =>
        {
            var index = Array.FindIndex(parameters, p => p.Name == part.Key);
            return index >= 0 ? (index, part.Value) : throw new ArgumentException($"{typeof(TNode).Name} has no constructor parameter {part.Key}.", nameof(optionalParts));
        })];
        if (_optional.Length > 64)
        {
            throw new ArgumentException("At most 64 optional parts.", nameof(optionalParts));
        }
    }

    /// <summary>
    /// Distinct narrowed projections kept; a selection of parts beyond them reads the whole node. Each is a query EF Core
    /// compiles and caches, and a node of n optional parts has 2^n of them, so a client varying its selections must not be
    /// able to grow either cache without bound.
    /// </summary>
    public const int MaxProjections = 256;

    /// <summary>The projection for a selection of these field names; null (not known) reads the whole node.</summary>
    public Expression<Func<TEntity, TNode>> For(IReadOnlySet<string>? fields) => ForParts(fields is null ? null : PartsReadBy(fields));

    /// <summary>The projection that reads these parts (<see cref="PartsReadBy"/>); null reads the whole node.</summary>
    public Expression<Func<TEntity, TNode>> ForParts(ulong? parts) =>
        parts is not { } read ? _full
        : _byParts.TryGetValue(read, out var projection) ? projection
        : _byParts.Count < MaxProjections ? _byParts.GetOrAdd(read, Trimmed)
        : _full;

    /// <summary>The optional parts these fields read, one bit each: selections with the same parts read the same projection.</summary>
    public ulong PartsReadBy(IReadOnlySet<string> fields)
    {
        var read = 0UL;
        for (var i = 0; i < _optional.Length; i++)
        {
            foreach (var field in _optional[i].Fields)
            {
                if (fields.Contains(field))
                {
                    read |= 1UL << i;
                    break;
                }
            }
        }
        return read;
    }

    private Expression<Func<TEntity, TNode>> Trimmed(ulong read)
    {
        var arguments = _body.Arguments.ToArray();
        for (var i = 0; i < _optional.Length; i++)
        {
            if ((read & (1UL << i)) == 0)
            {
                var argument = _optional[i].Argument;
                var type = arguments[argument].Type;
                // A constant, not Expression.Default: EF Core's parameter extraction takes a constant as it is; with default
                // expressions a lookup measured 3-7 % slower, and more of its CPU went to that extraction.
                arguments[argument] = Expression.Constant(type.IsValueType ? Activator.CreateInstance(type) : null, type);
            }
        }
        return Expression.Lambda<Func<TEntity, TNode>>(_body.Update(arguments), _full.Parameters);
    }
}

/// <summary>The field names a selection asks of a node, through fragments.</summary>
public static class NodeSelection
{
    /// <summary>The fields selected on the objects this field returns (a record, or a list of records); null where not known.</summary>
    public static IReadOnlySet<string>? OfRecord(IResolveFieldContext context) => NamesOf(context.FieldAst.SelectionSet, context.Document);

    /// <summary>The fields selected on a connection's nodes, under <c>nodes</c> and <c>edges { node }</c>; null where not known.</summary>
    public static IReadOnlySet<string>? OfConnection(IResolveFieldContext context)
    {
        if (FieldsOf(context.FieldAst.SelectionSet, context.Document) is not { } connectionFields)
        {
            return null;
        }
        var nodes = new HashSet<string>();
        foreach (var field in connectionFields)
        {
            var selections = field.Name.Value.Span switch
            {
                "nodes" => [field.SelectionSet],
                "edges" => FieldsOf(field.SelectionSet, context.Document)?.Where(f => f.Name.Value.Span is "node").Select(f => f.SelectionSet),
                _ => [],
            };
            foreach (var selection in selections ?? [null])
            {
                if (NamesOf(selection, context.Document) is not { } names)
                {
                    return null;
                }
                nodes.UnionWith(names);
            }
        }
        return nodes;
    }

    private static HashSet<string>? NamesOf(GraphQLSelectionSet? set, GraphQLDocument document) =>
        FieldsOf(set, document) is { } fields ? [.. fields.Select(f => f.Name.StringValue)] : null;

    /// <summary>
    /// The fields of a selection set and of the fragments in it. Directives (@skip, @include) are not evaluated: a field they
    /// leave out still counts, which reads a column more, never a value less.
    /// </summary>
    private static List<GraphQLField>? FieldsOf(GraphQLSelectionSet? set, GraphQLDocument document)
    {
        var fields = new List<GraphQLField>();
        var visited = new HashSet<GraphQLFragmentDefinition>();
        return set is not null && Collect(set) ? fields : null;

        bool Collect(GraphQLSelectionSet selections)
        {
            foreach (var selection in selections.Selections)
            {
                var collected = selection switch
                {
                    GraphQLField field => Add(field),
                    GraphQLInlineFragment inline => Collect(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentNamed(spread.FragmentName.Name) is { } fragment
                                                    && (!visited.Add(fragment) || Collect(fragment.SelectionSet)),
                    _ => false,
                };
                if (!collected)
                {
                    return false;
                }
            }
            return true;
        }

        bool Add(GraphQLField field)
        {
            fields.Add(field);
            return true;
        }

        GraphQLFragmentDefinition? FragmentNamed(GraphQLName name) =>
            document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == name);
    }
}
