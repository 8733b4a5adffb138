using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Querying;

namespace OpenData.Api.GraphQL;

/// <summary>A record and the key of the record it belongs to, as a batch query returns them.</summary>
public sealed record Keyed<TKey, TItem>(TKey Key, TItem Item);

/// <summary>Batched loading of relations: every resolver of a level asks, one query answers them all.</summary>
public static class Loaders
{
    private static OpenDataDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<OpenDataDbContext>();

    private static RequestLoaders Registry(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();

    /// <summary>One record by its key, or null.</summary>
    public static object? One<TKey, TItem>(IResolveFieldContext context, string relation, TKey? key,
        Func<OpenDataDbContext, IReadOnlyCollection<TKey>, IQueryable<TItem>> query, Func<TItem, TKey> keyOf)
        where TKey : notnull where TItem : class
    {
        if (key is null)
        {
            return null;
        }
        var loader = Registry(context).Get(relation, () => new BatchLoader<TKey, TItem?>(
            async (keys, cancellationToken) => await query(Db(context), keys).ToDictionaryAsync(keyOf, item => (TItem?)item, cancellationToken),
            null));
        return loader.Load(key);
    }

    /// <summary>The records that belong to a key (children, memberships, sources), in the order the query gives.</summary>
    /// <param name="distinctBy">Drops repeats of the same record (an organisation with two roles in one network).</param>
    public static IDataLoaderResult<List<TItem>> Many<TKey, TItem>(IResolveFieldContext context, string relation, TKey key,
        Func<OpenDataDbContext, IReadOnlyCollection<TKey>, IQueryable<Keyed<TKey, TItem>>> query, Func<TItem, object>? distinctBy = null)
        where TKey : notnull
    {
        var loader = Registry(context).Get(relation, () => new BatchLoader<TKey, List<TItem>>(
            async (keys, cancellationToken) => (await query(Db(context), keys).ToListAsync(cancellationToken))
                .GroupBy(k => k.Key).ToDictionary(g => g.Key, g => distinctBy is null
                    ? g.Select(k => k.Item).ToList()
                    : g.Select(k => k.Item).DistinctBy(distinctBy).ToList()),
            []));
        return loader.Load(key);
    }

    /// <summary>
    /// A connection under each parent (a network's members): one query counts the matches of every
    /// parent, one query fetches every parent's page (a UNION ALL of per-parent pages).
    /// </summary>
    public static IDataLoaderResult<Connection<T>> Connection<T>(IResolveFieldContext context, string parentKey,
        Func<OpenDataDbContext, IQueryable<T>> records, Expression<Func<T, string>> parentOf, QueryDefinition<T> definition)
    {
        var filter = GraphQLFilters.ToFilter(context.GetArgument<Dictionary<string, object?>?>("where"), definition);
        var order = GraphQLFilters.ToOrder(context.GetArgument<List<object?>?>("order"), definition);
        var window = PageWindow.From(context);
        // Every parent under the same field of the document shares the field's arguments, so they share a loader.
        var loader = Registry(context).Get(context.FieldAst, () => new BatchLoader<string, Connection<T>>(
            async (parents, cancellationToken) =>
            {
                var matching = definition.Where(records(Db(context)), filter, null, null);
                var counts = await matching.Where(FilterExpressions.Compare(parentOf, FilterOperator.In, [.. parents]))
                    .GroupBy(parentOf).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
                var slices = parents.ToDictionary(p => p, p => window.Slice(counts.GetValueOrDefault(p)));
                IQueryable<T>? pages = null;
                foreach (var (parent, (skip, take)) in slices.Where(s => s.Value.Take > 0))
                {
                    var page = definition.OrderBy(matching.Where(FilterExpressions.Compare(parentOf, FilterOperator.Eq, [parent])), order).Skip(skip).Take(take);
                    pages = pages is null ? page : pages.Concat(page);
                }
                // UNION ALL returns its parts in order, and each part is ordered, so grouping keeps the order.
                var rows = pages is null ? [] : await pages.ToListAsync(cancellationToken);
                var parentOfRow = parentOf.Compile();
                var byParent = rows.GroupBy(parentOfRow).ToDictionary(g => g.Key, g => g.ToList());
                return parents.ToDictionary(p => p, p => PageWindow.ToConnection<T>(byParent.GetValueOrDefault(p) ?? [], slices[p].Skip, counts.GetValueOrDefault(p)));
            },
            PageWindow.ToConnection<T>([], 0, 0)));
        return loader.Load(parentKey);
    }

    /// <summary>A top-level connection: filter, count, order and page one resource.</summary>
    public static async Task<Connection<T>> RootConnectionAsync<T>(IResolveFieldContext context, IQueryable<T> records, QueryDefinition<T> definition)
    {
        var filter = GraphQLFilters.ToFilter(context.GetArgument<Dictionary<string, object?>?>("where"), definition);
        var order = GraphQLFilters.ToOrder(context.GetArgument<List<object?>?>("order"), definition);
        var search = context.GetArgument<string?>("search");
        var changedSince = context.GetArgument<DateTime?>("changedSince");
        if (search is { Length: > ValueParser.MaxTextLength })
        {
            throw new ExecutionError($"search: at most {ValueParser.MaxTextLength} characters.") { Code = "INVALID_ARGUMENT" };
        }
        var window = PageWindow.From(context);
        var matching = definition.Where(records, filter, search, changedSince?.ToUniversalTime());
        var total = await matching.CountAsync(context.CancellationToken);
        var (skip, take) = window.Slice(total);
        var items = take == 0 ? [] : await definition.OrderBy(matching, order).Skip(skip).Take(take).ToListAsync(context.CancellationToken);
        return PageWindow.ToConnection(items, skip, total);
    }
}
