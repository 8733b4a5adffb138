using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Querying;

/// <summary>The HTTP side of a REST list: read the query string into a typed request, and answer a read's result as a page with links.</summary>
public static class ListQuery
{
    /// <summary>Answers a list: parse the query string, call the read, answer the page (or 400 naming every bad parameter).</summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem>> AnswerAsync<T, TResponse>(HttpContext http, QueryDefinition<T> definition,
        Func<ListRequest, Task<ListResult<TResponse>>> read) =>
        TryParse(http, definition, out var request, out var invalid) ? Page(http, request, await read(request)) : invalid;

    /// <summary>Answers a list under a parent record (a network's members): the read returns null, and the answer is 404, when the parent does not exist.</summary>
    public static async Task<Results<Ok<Page<TResponse>>, ValidationProblem, ProblemHttpResult>> AnswerUnderAsync<T, TResponse>(HttpContext http,
        QueryDefinition<T> definition, string parentKind, string parentId, Func<ListRequest, Task<ListResult<TResponse>?>> read)
    {
        if (!TryParse(http, definition, out var request, out var invalid))
        {
            return invalid;
        }
        return await read(request) is { } result ? Page(http, request, result) : ApiProblems.NotFound(parentKind, parentId);
    }

    /// <summary>Answers one record, or 404 naming its kind and id.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> AnswerOneAsync<TResponse>(Task<TResponse?> read, string kind, string id) =>
        await read is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound(kind, id);

    /// <summary>Reads the query string against the list's definition and the configured page sizes; false with a 400 naming every bad parameter.</summary>
    public static bool TryParse<T>(HttpContext http, QueryDefinition<T> definition,
        [NotNullWhen(true)] out ListRequest? request, [NotNullWhen(false)] out ValidationProblem? invalid, IReadOnlyList<CodeParameter>? codeParameters = null)
    {
        var parsed = TryRead(http, definition, out request, out var errors, codeParameters);
        invalid = parsed ? null : InvalidParameters(errors);
        return parsed;
    }

    /// <summary>Reads the query string against the list's definition and the configured page sizes; false with every bad parameter.</summary>
    public static bool TryRead<T>(HttpContext http, QueryDefinition<T> definition, [NotNullWhen(true)] out ListRequest? request, out ParameterErrors errors,
        IReadOnlyList<CodeParameter>? codeParameters = null)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<PagingLimits>>().Value;
        var maxLimit = definition.SupportsCursor ? limits.MaxObservationPageSize : limits.MaxPageSize;
        errors = new ParameterErrors();
        request = ListRequest.Parse(http.Request.Path, http.Request.Query, definition, limits.DefaultPageSize, maxLimit, errors, codeParameters);
        return request is not null;
    }

    /// <summary>The REST answer for a read list: the page with absolute links, also in the Link header.</summary>
    public static Ok<Page<T>> Page<T>(HttpContext http, ListRequest request, ListResult<T> result)
    {
        var page = ToPage(http.Request, request, result);
        http.Response.Headers.Link = LinkHeader(page.Links);
        return TypedResults.Ok(page);
    }

    /// <summary>A read list as a page with absolute links to the pages before and after it, at the request's own address.</summary>
    public static Page<T> ToPage<T>(HttpRequest http, ListRequest request, ListResult<T> result) =>
        new(result.Items, result.TotalCount, result.Limit, result.Offset, Links(http, request, result), result.Deleted);

    /// <summary>
    /// The page this API answers to <paramref name="pathAndQuery"/> (relative to the API's base, at its default address) when
    /// <paramref name="items"/> are all the records that match: an example for the OpenAPI document. The query is read and the links
    /// are made by the code that answers real requests, so a query the list does not accept is refused here too.
    /// </summary>
    public static Page<TResponse> ExamplePage<T, TResponse>(QueryDefinition<T> definition, string pathAndQuery, IReadOnlyList<TResponse> items)
    {
        var address = new Uri(HostingExtensions.DefaultUrl);
        var http = new DefaultHttpContext().Request;
        http.Scheme = address.Scheme;
        http.Host = new HostString(address.Authority);
        var parts = pathAndQuery.Split('?', 2);
        http.Path = VersionedBaseUrlFilter.BasePath + parts[0];
        http.QueryString = parts.Length == 2 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        var limits = new PagingLimits();
        var errors = new ParameterErrors();
        var request = ListRequest.Parse(http.Path, http.Query, definition, limits.DefaultPageSize,
                          definition.SupportsCursor ? limits.MaxObservationPageSize : limits.MaxPageSize, errors)
                      ?? throw new ArgumentException($"{pathAndQuery}: {string.Join(" ", errors.In(Language.En).SelectMany(e => e.Value))}", nameof(pathAndQuery));
        // As ListReads pages it: a list that can page by cursor does so in its default order; every match is here, so there is no next page.
        var keyset = definition.SupportsCursor && request.Sort.Count == 0 && items.Count > 0;
        return ToPage(http, request, new ListResult<TResponse>(items, items.Count, request.Limit, request.Offset, keyset, NextCursor: null, Deleted: null));
    }

    /// <summary>The 400 naming every bad parameter; the API's messages are in English.</summary>
    public static ValidationProblem InvalidParameters(ParameterErrors errors) => InvalidParameters(errors.In(Language.En));

    public static ValidationProblem InvalidParameters(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            title: "Invalid query parameters",
            type: "https://httpstatuses.io/400");

    private static PageLinks Links<T>(HttpRequest http, ListRequest request, ListResult<T> result)
    {
        if (result.Keyset)
        {
            // Keyset paging: the next page continues after the last record; a cursor knows no page numbers.
            var next = result.NextCursor is not null ? Url(http, (ListRequest.CursorParameter, result.NextCursor)) : null;
            return new PageLinks(Url(http, keepAll: true), Url(http), null, next, null);
        }

        var limit = request.Limit;
        var lastOffset = result.TotalCount == 0 ? 0 : (result.TotalCount - 1) / limit * limit;
        string At(int offset) => request.UsesOffset
            ? Url(http, (ListRequest.OffsetParameter, offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : Url(http, (ListRequest.PageParameter, (offset / limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var hasPrevious = request.Offset > 0;
        // In long: a page near the largest offset asked for would otherwise point its next link at a negative one.
        var hasNext = (long)request.Offset + limit < result.TotalCount;
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
