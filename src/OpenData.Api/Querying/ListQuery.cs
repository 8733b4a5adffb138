using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Api.ApiInfo;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Querying;

/// <summary>Answers a REST list request: parse, filter, count, sort, page, project, link.</summary>
public static class ListQuery
{
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem>> ExecuteAsync<T, TResponse>(
        HttpContext http,
        IQueryable<T> source,
        QueryDefinition<T> definition,
        Func<Language, Expression<Func<T, TResponse>>> projection,
        Func<TResponse, long>? cursorKey = null)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<PagingLimits>>().Value;
        var maxLimit = definition.SupportsCursor ? limits.MaxObservationPageSize : limits.MaxPageSize;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = ListRequest.Parse(http.Request.Query, definition, limits.DefaultPageSize, maxLimit, errors);
        if (request is null)
        {
            return InvalidParameters(errors);
        }

        var cancellationToken = http.RequestAborted;
        var matching = definition.Where(source, request.Filter, request.Search, request.ChangedSince);
        var totalCount = await matching.CountAsync(cancellationToken);
        IQueryable<T> ordered = definition.OrderBy(matching, request.Sort);
        if (request.AfterId is { } afterId)
        {
            ordered = ordered.Where(FilterExpressions.Compare((Expression<Func<T, long>>)definition.IdKey, FilterOperator.Gt, [afterId]));
        }
        var items = await ordered.Skip(request.Offset).Take(request.Limit)
            .Select(projection(http.Language())).ToListAsync(cancellationToken);

        IReadOnlyList<DeletedRecord>? deleted = null;
        if (request.ChangedSince is { } since)
        {
            var db = http.RequestServices.GetRequiredService<OpenDataDbContext>();
            deleted = await db.Deletions
                .Where(d => d.ResourceType == definition.Resource && d.DeletedAt > since)
                .OrderBy(d => d.DeletedAt).ThenBy(d => d.Id)
                .Select(d => new DeletedRecord(d.ResourceId, d.DeletedAt))
                .ToListAsync(cancellationToken);
        }

        var links = Links(http.Request, request, totalCount, items.Count, definition.SupportsCursor && request.Sort.Count == 0 && cursorKey is not null
            ? items.Count > 0 ? Cursor.Write(cursorKey!(items[^1]), request.QueryFingerprint) : null
            : null);
        http.Response.Headers.Link = LinkHeader(links);
        return TypedResults.Ok(new Page<TResponse>(items, totalCount, request.Limit, request.Offset, links, deleted));
    }

    /// <summary>Answers a request for one record: the projected record, or 404 naming the kind and id.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> SingleAsync<TResponse>(IQueryable<TResponse> record, string kind, string id,
        CancellationToken cancellationToken)
    {
        var found = await record.SingleOrDefaultAsync(cancellationToken);
        return found is null ? ApiProblems.NotFound(kind, id) : TypedResults.Ok(found);
    }

    /// <summary>A list that belongs to a parent record (a network's members): 404 when the parent does not exist.</summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> ExecuteUnderAsync<T, TResponse>(
        HttpContext http,
        Task<bool> parentExists,
        string parentKind,
        string parentId,
        IQueryable<T> source,
        QueryDefinition<T> definition,
        Func<Language, Expression<Func<T, TResponse>>> projection,
        Func<TResponse, long>? cursorKey = null)
    {
        if (!await parentExists)
        {
            return ApiProblems.NotFound(parentKind, parentId);
        }
        return (await ExecuteAsync(http, source, definition, projection, cursorKey)).Result switch
        {
            Ok<Page<TResponse>> ok => ok,
            ValidationProblem problem => problem,
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    public static ValidationProblem InvalidParameters(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            title: "Invalid query parameters",
            type: "https://httpstatuses.io/400");

    private static PageLinks Links(HttpRequest http, ListRequest request, int totalCount, int itemCount, string? nextCursor)
    {
        var limit = request.Limit;
        var lastOffset = totalCount == 0 ? 0 : (totalCount - 1) / limit * limit;
        string At(int offset) => request.UsesOffset
            ? Url(http, (ListRequest.OffsetParameter, offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : Url(http, (ListRequest.PageParameter, (offset / limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        if (request.AfterId is not null || nextCursor is not null)
        {
            // Keyset paging: the next page continues after the last record; a cursor knows no page numbers.
            var first = Url(http);
            var next = nextCursor is not null && (request.AfterId is not null || request.Offset + itemCount < totalCount) && itemCount == limit
                ? Url(http, (ListRequest.CursorParameter, nextCursor))
                : null;
            return new PageLinks(Url(http, keepAll: true), first, null, next, null);
        }

        var hasPrevious = request.Offset > 0;
        var hasNext = request.Offset + limit < totalCount;
        return new PageLinks(
            Url(http, keepAll: true),
            At(0),
            hasPrevious ? At(Math.Max(0, Math.Min(request.Offset - limit, lastOffset))) : null,
            hasNext ? At(request.Offset + limit) : null,
            At(lastOffset));
    }

    /// <summary>The request's own URL with the paging parameters replaced.</summary>
    private static string Url(HttpRequest http, params (string Name, string Value)[] paging) => Url(http, false, paging);

    private static string Url(HttpRequest http, bool keepAll, params (string Name, string Value)[] paging)
    {
        var query = http.Query
            .Where(p => keepAll || p.Key is not (ListRequest.PageParameter or ListRequest.OffsetParameter or ListRequest.CursorParameter))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Concat(paging.Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));
        return QueryHelpers.AddQueryString($"{http.Scheme}://{http.Host}{http.PathBase}{http.Path}", query);
    }

    private static string LinkHeader(PageLinks links) => string.Join(", ",
        new (string Rel, string? Url)[] { ("self", links.Self), ("first", links.First), ("prev", links.Prev), ("next", links.Next), ("last", links.Last) }
            .Where(l => l.Url is not null)
            .Select(l => $"<{l.Url}>; rel=\"{l.Rel}\""));
}
