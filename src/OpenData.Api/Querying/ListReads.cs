using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Querying;

/// <summary>One page of a list as a read returns it: below HTTP, so without links (the REST answer adds them).</summary>
/// <param name="Keyset">Whether the list pages by cursor (observations in their default order): it then has no page numbers.</param>
/// <param name="NextCursor">For a keyset-paged list: where the next page starts, when there may be one.</param>
public sealed record ListResult<T>(IReadOnlyList<T> Items, int TotalCount, int Limit, int Offset, bool Keyset, string? NextCursor,
    IReadOnlyList<DeletedRecord>? Deleted);

/// <summary>Reads a list for a typed request: filter, count, sort, page and project in SQL. REST, GraphQL and the pages all call this.</summary>
public static class ListReads
{
    public static async Task<ListResult<TResponse>> ReadAsync<T, TResponse>(
        OpenDataDbContext db,
        IQueryable<T> source,
        QueryDefinition<T> definition,
        ListRequest request,
        Expression<Func<T, TResponse>> projection,
        CancellationToken cancellationToken,
        Func<TResponse, long>? cursorKey = null)
    {
        var matching = definition.Where(db, source, request.Filter, request.Search, request.ChangedSince);
        IQueryable<T> ordered = definition.OrderBy(matching, request.Sort);
        if (request.AfterId is { } afterId)
        {
            ordered = ordered.Where(FilterExpressions.Compare((Expression<Func<T, long>>)definition.IdKey, FilterOperator.Gt, [afterId]));
        }
        // The count rides on every row of the page as an uncorrelated subquery, which both databases compute once: one statement
        // instead of two. Only an empty page, which has no row to carry it, asks for the count apart.
        var rows = await ordered.Skip(request.Offset).Take(request.Limit).Select(WithCount(projection, matching)).ReadListAsync(db, cancellationToken);
        var items = rows.ConvertAll(r => r.Item);
        var totalCount = rows.Count > 0 ? rows[0].TotalCount
            : request.Offset == 0 && request.AfterId is null ? 0
            : await matching.CountAsync(cancellationToken);

        IReadOnlyList<DeletedRecord>? deleted = null;
        if (request.ChangedSince is { } since)
        {
            deleted = await db.Deletions
                .Where(d => d.ResourceType == definition.Resource && d.DeletedAt > since)
                .OrderBy(d => d.DeletedAt).ThenBy(d => d.Id)
                .Select(d => new DeletedRecord(d.ResourceId, d.DeletedAt))
                .ToListAsync(cancellationToken);
        }

        // A cursor continues the id order, so only a list in its default order pages by cursor.
        var keyset = request.AfterId is not null || (definition.SupportsCursor && request.Sort.Count == 0 && cursorKey is not null && items.Count > 0);
        var mayContinue = items.Count == request.Limit && (request.AfterId is not null || (long)request.Offset + items.Count < totalCount);
        var nextCursor = keyset && cursorKey is not null && mayContinue ? Cursor.Write(cursorKey(items[^1]), request.QueryFingerprint) : null;
        return new ListResult<TResponse>(items, totalCount, request.Limit, request.Offset, keyset, nextCursor, deleted);
    }

    /// <summary>
    /// A list that belongs to a record (a network's members): null when the record does not exist. A page with items proves that it
    /// does, so only an empty page asks.
    /// </summary>
    public static async Task<ListResult<TResponse>?> OfOwnerAsync<TResponse>(Task<ListResult<TResponse>> read, Func<Task<bool>> ownerExists)
    {
        var list = await read;
        return list.Items.Count > 0 || await ownerExists() ? list : null;
    }

    private sealed record Counted<TResponse>(TResponse Item, int TotalCount);

    /// <summary>row => new Counted(projection(row), matching.Count()).</summary>
    private static Expression<Func<T, Counted<TResponse>>> WithCount<T, TResponse>(Expression<Func<T, TResponse>> projection, IQueryable<T> matching)
    {
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], matching.Expression);
        var body = Expression.New(typeof(Counted<TResponse>).GetConstructors().Single(), projection.Body, count);
        return Expression.Lambda<Func<T, Counted<TResponse>>>(body, projection.Parameters);
    }
}
