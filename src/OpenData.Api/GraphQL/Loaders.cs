using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQLParser.AST;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Querying;

namespace OpenData.Api.GraphQL;

/// <summary>A record and the key of the record it belongs to, as a batch query returns them.</summary>
public sealed record Keyed<TKey, TItem>(TKey Key, TItem Item);

public static class LoaderResolution
{
    /// <summary>The request's loader of one relation. Loaders are scoped, so every resolver of a request shares its batches.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context) where TLoader : notnull =>
        context.RequestServices!.GetRequiredService<TLoader>();

    /// <summary>
    /// The query with every projection it invokes (<c>SourceNode.From.Invoke(s)</c>) inlined, as EF Core must see it. LinqKit's
    /// AsExpandable expands only operators added after it, and a loader's query is already built.
    /// </summary>
    public static IQueryable<T> Expanded<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(query.Expression.Expand());

    /// <summary>Registers every loader class of the assembly as scoped: one per request.</summary>
    public static IServiceCollection AddGraphQLLoaders(this IServiceCollection services)
    {
        var bases = new[] { typeof(RecordLoader<,>), typeof(RelationLoader<,>), typeof(ConnectionLoader<,>) };
        foreach (var type in typeof(LoaderResolution).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && DerivesFromAny(t, bases)))
        {
            services.AddScoped(type);
        }
        return services;
    }

    private static bool DerivesFromAny(Type type, Type[] bases)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && bases.Contains(current.GetGenericTypeDefinition()))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// A loader's batches where nodes are read for their selection: one batch per set of parts read, as a node read for one
/// selection may lack parts another asks for, so those never share nodes. The parts are worked out once per field node the
/// executer resolves (once per field of the document, but for fields it merges, which it gives a node per parent). A loader
/// of whole nodes (no <paramref name="partsReadBy"/>) has one batch for every selection.
/// </summary>
internal sealed class BatchesBySelection<TBatch>(Func<ulong?, TBatch> create, Func<IReadOnlySet<string>, ulong>? partsReadBy) where TBatch : class
{
    private TBatch? _whole;
    private readonly Dictionary<GraphQLField, TBatch> _byField = [];
    private readonly Dictionary<ulong, TBatch> _byParts = [];

    /// <summary>The batch of whole nodes.</summary>
    public TBatch Whole => _whole ??= create(null);

    /// <summary>The batch that reads what the field's selection asks of its nodes.</summary>
    public TBatch For(IResolveFieldContext context)
    {
        if (!_byField.TryGetValue(context.FieldAst, out var batch))
        {
            batch = partsReadBy is not null && NodeSelection.OfRecord(context) is { } fields ? OfParts(partsReadBy(fields)) : Whole;
            _byField.Add(context.FieldAst, batch);
        }
        return batch;
    }

    private TBatch OfParts(ulong parts)
    {
        if (!_byParts.TryGetValue(parts, out var batch))
        {
            _byParts.Add(parts, batch = create(parts));
        }
        return batch;
    }
}

/// <summary>Loads records by their key: every resolver of a level asks, one query (one per selection, where nodes are read for it) answers them all.</summary>
public abstract class RecordLoader<TKey, TNode>(OpenDataDbContext db) where TKey : notnull where TNode : class
{
    private BatchesBySelection<BatchLoader<TKey, TNode?>>? _batches;

    private BatchesBySelection<BatchLoader<TKey, TNode?>> Batches => _batches ??= new(Batch, PartsReader);

    /// <summary>The records with these keys, projected to their nodes.</summary>
    protected abstract IQueryable<TNode> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys);

    /// <summary>
    /// Where this loader reads nodes for their selection (<see cref="SelectedRecordLoader{TKey,TEntity,TNode}"/>), the parts of the
    /// node a set of fields reads; null by default: whole nodes, one batch for every selection.
    /// </summary>
    private protected virtual Func<IReadOnlySet<string>, ulong>? PartsReader => null;

    /// <summary>The records with these keys, projected to nodes that carry these parts; null parts: whole nodes.</summary>
    private protected virtual IQueryable<TNode> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys, ulong? parts) => Query(db, keys);

    protected abstract TKey KeyOf(TNode node);

    /// <summary>The fields of the node's type that its key alone answers (id, slug); none by default.</summary>
    protected virtual IReadOnlySet<string> FieldsOfKey => NoFields;

    /// <summary>A node that carries only its key, for a selection of <see cref="FieldsOfKey"/> alone.</summary>
    protected virtual TNode NodeOfKey(TKey key) => throw new NotSupportedException($"{GetType().Name} answers no field from the key alone.");

    private static readonly IReadOnlySet<string> NoFields = new HashSet<string>();

    /// <summary>The whole record with this key; null where there is no key (an optional relation).</summary>
    public IDataLoaderResult<TNode?>? Load(TKey? key) => key is null ? null : Batches.Whole.Load(key);

    /// <summary>The record with this key, read for what the field's selection asks of it; null where there is no key.</summary>
    public IDataLoaderResult<TNode?>? LoadSelected(IResolveFieldContext context, TKey? key) => key is null ? null : Batches.For(context).Load(key);

    /// <summary>
    /// The same for a relation whose selection may ask for nothing but what the key answers (parent { slug }, area { code }):
    /// that is answered from the key the record points with, which a foreign key keeps valid, without a query.
    /// </summary>
    public IDataLoaderResult<TNode?>? Load(IResolveFieldContext context, TKey? key) =>
        key is not null && FieldsOfKey.Count > 0 && context.SubFields is { Count: > 0 } fields
        && fields.Values.All(f => f.FieldType.Name == "__typename" || FieldsOfKey.Contains(f.FieldType.Name))
            ? LoaderResults.Known<TNode?>(NodeOfKey(key))
            : LoadSelected(context, key);

    private BatchLoader<TKey, TNode?> Batch(ulong? parts) =>
        new(async (keys, cancellationToken) =>
            await LoaderResolution.Expanded(Query(db, keys, parts)).ToDictionaryAsync(KeyOf, node => (TNode?)node, cancellationToken), null);
}

/// <summary>
/// A record loader that reads only the parts of a node its selection reads, through the node's <see cref="NodeProjection{TEntity,TNode}"/>:
/// one batch per set of parts read.
/// </summary>
public abstract class SelectedRecordLoader<TKey, TEntity, TNode>(OpenDataDbContext db, NodeProjection<TEntity, TNode> projection)
    : RecordLoader<TKey, TNode>(db) where TKey : notnull where TNode : class
{
    /// <summary>The records with these keys.</summary>
    protected abstract IQueryable<TEntity> Records(OpenDataDbContext db, IReadOnlyCollection<TKey> keys);

    private protected sealed override Func<IReadOnlySet<string>, ulong> PartsReader => projection.PartsReadBy;

    protected sealed override IQueryable<TNode> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys) => Query(db, keys, parts: null);

    private protected sealed override IQueryable<TNode> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys, ulong? parts) =>
        Records(db, keys).Select(projection.ForParts(parts));
}

/// <summary>Loads the records that belong to keys (children, memberships, sources): every resolver of a level asks, one query (one per selection, where nodes are read for it) answers them all.</summary>
public abstract class RelationLoader<TKey, TNode>(OpenDataDbContext db) where TKey : notnull
{
    private BatchesBySelection<BatchLoader<TKey, List<TNode>>>? _batches;

    private BatchesBySelection<BatchLoader<TKey, List<TNode>>> Batches => _batches ??= new(Batch, PartsReader);

    /// <summary>The records of these keys, projected to their nodes, in the order the relation lists them.</summary>
    protected abstract IQueryable<Keyed<TKey, TNode>> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys);

    /// <summary>
    /// Where this loader reads nodes for their selection (<see cref="SelectedRelationLoader{TKey,TEntity,TNode}"/>), the parts of
    /// the node a set of fields reads; null by default: whole nodes.
    /// </summary>
    private protected virtual Func<IReadOnlySet<string>, ulong>? PartsReader => null;

    /// <summary>The records of these keys, projected to nodes that carry these parts; null parts: whole nodes.</summary>
    private protected virtual IQueryable<Keyed<TKey, TNode>> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys, ulong? parts) => Query(db, keys);

    /// <summary>Drops repeats of a record where the relation can reach it twice; by default none.</summary>
    protected virtual IEnumerable<TNode> Distinct(IEnumerable<TNode> nodes) => nodes;

    /// <summary>The whole records of this key.</summary>
    public IDataLoaderResult<List<TNode>> Load(TKey key) => Batches.Whole.Load(key);

    /// <summary>The records of this key, read for what the field's selection asks of them.</summary>
    public IDataLoaderResult<List<TNode>> LoadSelected(IResolveFieldContext context, TKey key) => Batches.For(context).Load(key);

    private BatchLoader<TKey, List<TNode>> Batch(ulong? parts) =>
        new(async (keys, cancellationToken) => (await LoaderResolution.Expanded(Query(db, keys, parts)).ToListAsync(cancellationToken))
            .GroupBy(k => k.Key).ToDictionary(g => g.Key, g => Distinct(g.Select(k => k.Item)).ToList()), []);
}

/// <summary>
/// A relation loader of the records that point to their key (children, an area's organisations) that reads only the parts
/// of a node its selection reads, through the node's <see cref="NodeProjection{TEntity,TNode}"/>.
/// </summary>
public abstract class SelectedRelationLoader<TKey, TEntity, TNode>(OpenDataDbContext db, NodeProjection<TEntity, TNode> projection, Expression<Func<TEntity, TKey>> keyOf)
    : RelationLoader<TKey, TNode>(db) where TKey : notnull
{
    /// <summary>The records of these keys, in the order the relation lists them.</summary>
    protected abstract IQueryable<TEntity> Records(OpenDataDbContext db, IReadOnlyCollection<TKey> keys);

    private protected sealed override Func<IReadOnlySet<string>, ulong> PartsReader => projection.PartsReadBy;

    protected sealed override IQueryable<Keyed<TKey, TNode>> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys) => Query(db, keys, parts: null);

    private protected sealed override IQueryable<Keyed<TKey, TNode>> Query(OpenDataDbContext db, IReadOnlyCollection<TKey> keys, ulong? parts)
    {
        var node = projection.ForParts(parts);
        return Records(db, keys).Select(e => new Keyed<TKey, TNode>(keyOf.Invoke(e), node.Invoke(e)));
    }
}

/// <summary>
/// A connection under each parent (a network's members): one query fetches every parent's page (a UNION ALL of per-parent pages),
/// projected to nodes, and, where the window or totalCount needs it, one query first counts the matches of every parent.
/// </summary>
public abstract class ConnectionLoader<TEntity, TNode>(
    OpenDataDbContext db,
    Func<OpenDataDbContext, IQueryable<TEntity>> records,
    Expression<Func<TEntity, string>> parentOf,
    Func<TNode, string> parentOfNode,
    QueryDefinition<TEntity> definition,
    Expression<Func<TEntity, TNode>> projection)
{
    // Every parent under the same field of the document shares the field's arguments, so they share a batch.
    private readonly Dictionary<GraphQLField, BatchLoader<string, Connection<TNode>>> _byField = [];

    public IDataLoaderResult<Connection<TNode>> Load(IResolveFieldContext context, string parent)
    {
        if (!_byField.TryGetValue(context.FieldAst, out var batch))
        {
            batch = Batch(context);
            _byField[context.FieldAst] = batch;
        }
        return batch.Load(parent);
    }

    /// <summary>
    /// What each parent adds to the field's arguments: a filter of its own beside the field's where, and the code parameters its
    /// order keys on code columns mean (a dataset's own dimensions mean different columns in different datasets); null when no
    /// parent adds anything. <paramref name="filter"/> is the field's where, as read for every parent.
    /// </summary>
    protected virtual Task<Func<string, ParentArguments>?> ParentArgumentsAsync(OpenDataDbContext db, IResolveFieldContext context, FilterNode? filter,
        IReadOnlyCollection<string> parents, CancellationToken cancellationToken) => Task.FromResult<Func<string, ParentArguments>?>(null);

    private BatchLoader<string, Connection<TNode>> Batch(IResolveFieldContext context)
    {
        var filter = GraphQLFilters.ToFilter(context, definition);
        var orderArgument = context.GetArgument<List<object?>?>("order");
        var order = GraphQLFilters.ToOrder(orderArgument, definition);
        var window = PageWindow.From(context);
        var counted = window.NeedsCount(context);
        return new BatchLoader<string, Connection<TNode>>(
            async (parents, cancellationToken) =>
            {
                Func<string, IQueryable<TEntity>> matchingOf;
                Dictionary<string, int> counts = [];
                var parentArguments = await ParentArgumentsAsync(db, context, filter, parents, cancellationToken);
                if (QueryDefinition<TEntity>.HasWindow(filter) || (parentArguments is not null && parents.Any(p => parentArguments(p).Filter is not null)))
                {
                    // A window over latest values (lastPeriods) is each parent's own: a dataset's three latest periods, not the
                    // three latest of every dataset in the batch. So each parent is matched, and counted, on its own; so is a
                    // parent with a filter of its own.
                    FilterNode? FilterOf(string parent) => parentArguments?.Invoke(parent).Filter is { } own
                        ? new AllOf([.. filter is AllOf all ? all.Nodes : filter is null ? [] : [filter], own])
                        : filter;
                    matchingOf = parent => definition.Where(db, records(db).Where(FilterExpressions.Compare(parentOf, FilterOperator.Eq, [parent])), FilterOf(parent), null, null);
                    if (counted)
                    {
                        foreach (var parent in parents)
                        {
                            counts[parent] = await matchingOf(parent).CountAsync(cancellationToken);
                        }
                    }
                }
                else
                {
                    var matching = definition.Where(db, records(db), filter, null, null);
                    if (counted)
                    {
                        counts = await matching.Where(FilterExpressions.Compare(parentOf, FilterOperator.In, [.. parents]))
                            .GroupBy(parentOf).Select(g => new { g.Key, Count = g.Count() })
                            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
                    }
                    matchingOf = parent => matching.Where(FilterExpressions.Compare(parentOf, FilterOperator.Eq, [parent]));
                }
                IReadOnlyList<SortKey> OrderOf(string parent) => parentArguments is null
                    ? order
                    : GraphQLFilters.ToOrder(orderArgument, definition, parentArguments(parent).CodeParameters);
                var slices = parents.ToDictionary(p => p, p => window.Slice(counted ? counts.GetValueOrDefault(p) : null));
                // Uncounted, one record more than each page tells whether another page follows, as in a root connection.
                var extra = counted ? 0 : 1;
                IQueryable<TEntity>? pages = null;
                foreach (var (parent, (skip, take)) in slices.Where(s => s.Value.Take + extra > 0))
                {
                    var page = definition.OrderBy(matchingOf(parent), OrderOf(parent)).Skip(skip).Take(take + extra);
                    pages = pages is null ? page : pages.Concat(page);
                }
                // EF Core cannot UNION projections into records, so the projection goes over the union. UNION ALL returns its parts
                // in order, and each part is ordered, so grouping keeps the order.
                var rows = pages is null ? [] : await pages.Select(projection).ToListAsync(cancellationToken);
                var byParent = rows.GroupBy(parentOfNode).ToDictionary(g => g.Key, g => g.ToList());
                return parents.ToDictionary(p => p, p =>
                {
                    var (skip, take) = slices[p];
                    var read = byParent.GetValueOrDefault(p) ?? [];
                    return counted
                        ? PageWindow.ToConnection<TNode>(read, skip, counts.GetValueOrDefault(p))
                        : PageWindow.ToConnection<TNode>(read.Count > take ? read[..take] : read, skip, read.Count > take, null);
                });
            },
            PageWindow.ToConnection<TNode>([], 0, 0));
    }
}

/// <summary>What one parent adds to a connection's arguments (see <see cref="ConnectionLoader{TEntity, TNode}.ParentArgumentsAsync"/>).</summary>
/// <param name="Filter">The parent's own filter beside the field's where; null when it has none.</param>
/// <param name="CodeParameters">The parent's code columns, which its order keys on codes sort by.</param>
public sealed record ParentArguments(FilterNode? Filter, IReadOnlyList<CodeParameter> CodeParameters);

/// <summary>A top-level connection: filter, count, order and page one resource, and project the page to nodes in SQL.</summary>
public static class RootConnection
{
    /// <summary>A page of records, each read for what the connection's selection asks of its nodes.</summary>
    public static Task<Connection<TNode>> ReadAsync<TEntity, TNode>(IResolveFieldContext context, Func<OpenDataDbContext, IQueryable<TEntity>> records,
        QueryDefinition<TEntity> definition, NodeProjection<TEntity, TNode> projection) =>
        ReadAsync(context, records, definition, projection.For(NodeSelection.OfConnection(context)));

    public static async Task<Connection<TNode>> ReadAsync<TEntity, TNode>(IResolveFieldContext context, Func<OpenDataDbContext, IQueryable<TEntity>> records,
        QueryDefinition<TEntity> definition, Expression<Func<TEntity, TNode>> projection)
    {
        var filter = GraphQLFilters.ToFilter(context, definition);
        var order = GraphQLFilters.ToOrder(context.GetArgument<List<object?>?>("order"), definition);
        var search = context.GetArgument<string?>("search");
        var changedSince = context.GetArgument<DateTime?>("changedSince");
        // As REST's q: an empty search would otherwise match everything.
        if (search is not null && (search.Trim().Length == 0 || search.Length > ValueParser.MaxTextLength))
        {
            throw new ExecutionError($"search: give between 1 and {ValueParser.MaxTextLength} characters to search for.") { Code = "INVALID_ARGUMENT" };
        }
        var window = PageWindow.From(context);
        var db = context.RequestServices!.GetRequiredService<OpenDataDbContext>();
        var matching = definition.Where(db, records(db), filter, search, changedSince?.ToUniversalTime());
        int? total = window.NeedsCount(context) ? await matching.CountAsync(context.CancellationToken) : null;
        var (skip, take) = window.Slice(total);
        // Uncounted, one record more than the page tells whether another page follows.
        var read = take + (total is null ? 1 : 0);
        var rows = read == 0 ? [] : await definition.OrderBy(matching, order).Skip(skip).Take(read).Select(projection).ToListAsync(context.CancellationToken);
        var items = rows.Count > take ? rows[..take] : rows;
        return PageWindow.ToConnection(items, skip, total is { } counted ? skip + items.Count < counted : rows.Count > take, total);
    }
}
