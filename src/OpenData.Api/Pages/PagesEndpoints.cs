using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Pages.Shared;
using OpenData.Api.Querying;
using OpenData.Api.Web;

namespace OpenData.Api.Pages;

/// <summary>What a record page shows, to name it when there is none: "organisation" and "ingen organisation" (none of them).</summary>
public sealed record RecordKind(string En, string NoneSv);

/// <summary>How many records of one kind there are, for the home page.</summary>
public sealed record ResourceCount(PageSection Section, int Count);

/// <summary>A list the home page shows, with the component that shows it.</summary>
public sealed record HomeBlock(Type Component, object Result);

/// <summary>A kind of record on the search page: how many match and the first of them.</summary>
public sealed record SearchGroup(PageSection Section, int TotalCount, IReadOnlyList<RecordLink> Items);

/// <summary>
/// The HTML pages. A list page reads its query string with the list's own definition and calls the same read as the REST
/// list, so it shows exactly what the matching API call returns and accepts the same parameters.
/// </summary>
public static class PagesEndpoints
{
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        // Pages are written in UTF-8: å, ä and ö need no escaping.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSingleton<StaticAssets>();
        builder.Services.AddSingleton<PageSections>();
        builder.Services.AddImplementationsOf(typeof(IRelatedSection<>));
        builder.Services.AddSingleton<GraphQL.IGraphQLBrowserPage, GraphiQL>();
        return builder;
    }

    /// <summary>Files under wwwroot, answered before the API's own caching middleware: they carry their own validators.</summary>
    public static WebApplication UseStaticAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssets.SetCacheHeaders });
        return app;
    }

    /// <summary>The home and search pages; each feature maps its own pages into the group this returns.</summary>
    public static RouteGroupBuilder MapPages(this WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(ChoosePageLanguage);
        pages.MapGet("/", Home).WithName("HomePage");
        pages.MapGet("/search", Search).WithName("SearchPage");
        return pages;
    }

    /// <summary>
    /// A feature's list page at <paramref name="path"/>: its query string is read with the list's definition and answered by the
    /// same read as the REST list. The list also gets its entry in the menu, its count on the home page and its part of the search page.
    /// </summary>
    public static PageSection MapListPage<TPage, T, TItem>(this IEndpointRouteBuilder pages, string path, string sv, string en,
        QueryDefinition<T> definition, ReadList<TItem> read, Func<TItem, RecordLink> link)
        where TPage : IComponent where T : class
    {
        var section = new PageSection<T, TItem>(path, sv, en, definition, read, link);
        pages.ServiceProvider.GetRequiredService<PageSections>().Add(section);
        pages.MapGet(path, async (HttpContext http, OpenDataDbContext db) =>
            section.TryParse(http, out var request, out var errors)
                ? Render<TPage>(http, ("Result", await section.ReadAsync(http, db, request)))
                : Invalid(http, errors));
        return section;
    }

    private static async Task<IResult> Home(HttpContext http, OpenDataDbContext db, PageSections sections)
    {
        var cancellationToken = http.RequestAborted;
        var shown = new List<(PageSection Section, ListRequest Request)>();
        foreach (var section in sections.Where(s => s.HomeBlock is not null))
        {
            if (!section.TryParse(http, out var request, out var errors))
            {
                return Invalid(http, errors);
            }
            shown.Add((section, request));
        }
        var counts = new List<ResourceCount>();
        foreach (var section in sections)
        {
            counts.Add(new(section, await section.CountAsync(db, cancellationToken)));
        }
        var blocks = new List<HomeBlock>();
        foreach (var (section, request) in shown)
        {
            blocks.Add(new(section.HomeBlock!, await section.ReadPageAsync(http, db, request)));
        }
        return Render<Home>(http, ("Counts", counts), ("Blocks", blocks));
    }

    /// <summary>The search page: the free text of q over every kind of record, each list with the same query string.</summary>
    private static async Task<IResult> Search(HttpContext http, OpenDataDbContext db, PageSections sections)
    {
        if (string.IsNullOrWhiteSpace(http.Request.Query["q"]))
        {
            return Results.Redirect(Context(http).Href("/"));
        }
        var requests = new List<(PageSection Section, ListRequest Request)>();
        foreach (var section in sections)
        {
            if (!section.TryParse(http, out var request, out var errors))
            {
                return Invalid(http, errors);
            }
            requests.Add((section, request));
        }
        var groups = new List<SearchGroup>();
        foreach (var (section, request) in requests)
        {
            var (totalCount, items) = await section.ReadLinksAsync(http, db, request);
            groups.Add(new(section, totalCount, items));
        }
        return Render<SearchPage>(http, ("Groups", groups));
    }

    /// <summary>A detail page lists a record's relations in full, in their default order, whatever the address holds.</summary>
    internal static ListRequest RelationsOf(IOptions<PagingLimits> limits) => ListRequest.FirstPage(limits.Value.MaxPageSize);

    internal static async Task<IResult> DetailPage<TPage, TItem>(HttpContext http, RecordKind kind, string id, Task<TItem?> read)
        where TPage : IComponent =>
        await read is { } item ? Render<TPage>(http, ("Item", item)) : NotFound(http, kind, id);

    /// <summary>Pages speak Swedish unless ?lang=en asks for English.</summary>
    private static async ValueTask<object?> ChoosePageLanguage(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var lang = http.Request.Query["lang"];
        if (lang.Count > 1 || lang.Count == 1 && lang[0] is not ("sv" or "en"))
        {
            http.SetLanguage(Language.Sv);
            return Error(http, StatusCodes.Status400BadRequest, "Ogiltig adress / Invalid address",
                "lang: ange sv eller en. / lang: give sv or en.");
        }
        UseLanguage(http, lang == "en" ? Language.En : Language.Sv);
        return await next(context);
    }

    internal static void UseLanguage(HttpContext http, Language language)
    {
        http.SetLanguage(language);
        http.Response.Headers.ContentLanguage = language == Language.En ? "en" : "sv";
    }

    internal static PageContext Context(HttpContext http) =>
        new(http.Language(), http.Request.Path.Value ?? "/", http.Request.Query, http.RequestServices.GetRequiredService<StaticAssets>(),
            http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiInfoOptions>>().Value,
            http.RequestServices.GetRequiredService<PageSections>());

    internal static IResult Render<TPage>(HttpContext http, params (string Name, object? Value)[] parameters)
        where TPage : IComponent
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value);
        values["Page"] = Context(http);
        return new RazorComponentResult<TPage>(values);
    }

    internal static IResult Invalid(HttpContext http, ParameterErrors errors)
    {
        var page = Context(http);
        return new RazorComponentResult<ErrorPage>(new Dictionary<string, object?>
        {
            ["Page"] = page,
            ["Title"] = page.T("Ogiltig sökning", "Invalid query"),
            ["Detail"] = page.T("Adressen innehåller parametrar som inte går att använda:", "The address has parameters that cannot be used:"),
            ["Errors"] = errors.In(page.Language),
        }) { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>A record page's 404, in the page's language.</summary>
    internal static IResult NotFound(HttpContext http, RecordKind kind, string id)
    {
        var page = Context(http);
        return Error(http, StatusCodes.Status404NotFound, page.T("Hittades inte", "Not found"),
            page.T($"Det finns {kind.NoneSv} med id '{Text.Excerpt.Shorten(id)}'.", ApiProblems.NotFound(kind.En, id).ProblemDetails.Detail!));
    }

    private static IResult Error(HttpContext http, int status, string title, string? detail) =>
        new RazorComponentResult<ErrorPage>(new Dictionary<string, object?> { ["Page"] = Context(http), ["Title"] = title, ["Detail"] = detail })
        {
            StatusCode = status,
        };
}
