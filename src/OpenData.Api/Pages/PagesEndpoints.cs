using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Api.Agreements;
using OpenData.Api.ApiInfo;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Infrastructure;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.Pages.Shared;
using OpenData.Api.Querying;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Web;

namespace OpenData.Api.Pages;

/// <summary>How many records of one kind there are, for the home page.</summary>
public sealed record ResourceCount(string Path, string Sv, string En, int Count);

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
        builder.Services.AddSingleton<GraphQL.IGraphQLBrowserPage, GraphiQL>();
        return builder;
    }

    /// <summary>Files under wwwroot, answered before the API's own caching middleware: they carry their own validators.</summary>
    public static WebApplication UseStaticAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssets.SetCacheHeaders });
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(ChoosePageLanguage);
        pages.MapGet("/", Home).WithName("HomePage");
        pages.MapGet("/search", Search).WithName("SearchPage");
        pages.MapGet("/organisations", (HttpContext http, OpenDataDbContext db) => ListPage<OrganisationList, Organisation, OrganisationResponse>(http, OrganisationQuery.Definition,
            request => OrganisationReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/organisations/{id}", OrganisationPage).WithName("OrganisationPage");
        pages.MapGet("/agreements", (HttpContext http, OpenDataDbContext db) => ListPage<AgreementList, Agreement, AgreementResponse>(http, AgreementQuery.Definition,
            request => AgreementReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/agreements/{id}", (string id, HttpContext http, OpenDataDbContext db) =>
            DetailPage<AgreementPage, AgreementResponse>(http, "agreement", id, AgreementReads.GetAsync(db, id, http.Language(), http.RequestAborted)));
        pages.MapGet("/resource-centres", (HttpContext http, OpenDataDbContext db) => ListPage<ResourceCentreList, ResourceCentre, ResourceCentreResponse>(http,
            ResourceCentreQuery.Definition, request => ResourceCentreReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/resource-centres/{id}", (string id, HttpContext http, OpenDataDbContext db) =>
            DetailPage<ResourceCentrePage, ResourceCentreResponse>(http, "resource centre", id, ResourceCentreReads.GetAsync(db, id, http.Language(), http.RequestAborted)));
        pages.MapGet("/networks", (HttpContext http, OpenDataDbContext db) => ListPage<NetworkList, Network, NetworkResponse>(http, NetworkQuery.Definition,
            request => NetworkReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/networks/{id}", NetworkPage).WithName("NetworkPage");
        pages.MapGet("/areas", (HttpContext http, OpenDataDbContext db) => ListPage<AreaList, Area, AreaResponse>(http, AreaQuery.Definition,
            request => AreaReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/areas/{code}", (string code, HttpContext http, OpenDataDbContext db) =>
            DetailPage<AreaPage, AreaDetailResponse>(http, "area", code, AreaReads.GetAsync(db, code, http.Language(), http.RequestAborted)));
        pages.MapGet("/datasets", (HttpContext http, OpenDataDbContext db) => ListPage<DatasetList, Dataset, DatasetResponse>(http, DatasetQuery.Definition,
            request => DatasetReads.ListAsync(db, request, http.Language(), http.RequestAborted)));
        pages.MapGet("/datasets/{id}", DatasetPages.DatasetPage).WithName("DatasetPage");
        return app;
    }

    private static async Task<IResult> Home(HttpContext http, OpenDataDbContext db)
    {
        var cancellationToken = http.RequestAborted;
        if (!ListQuery.TryParse(http, DatasetQuery.Definition, out var request, out var invalid))
        {
            return Invalid(http, invalid);
        }
        var counts = new List<ResourceCount>
        {
            new("/organisations", "organisationer", "organisations", await db.Organisations.CountAsync(cancellationToken)),
            new("/agreements", "överenskommelser", "agreements", await db.Agreements.CountAsync(cancellationToken)),
            new("/resource-centres", "resurscentrum", "resource centres", await db.ResourceCentres.CountAsync(cancellationToken)),
            new("/networks", "nätverk", "networks", await db.Networks.CountAsync(cancellationToken)),
            new("/areas", "områden", "areas", await db.Areas.CountAsync(cancellationToken)),
            new("/datasets", "dataset", "datasets", await db.Datasets.CountAsync(cancellationToken)),
        };
        var datasets = await DatasetReads.ListAsync(db, request, http.Language(), cancellationToken);
        return Render<Home>(http, ("Counts", counts), ("Datasets", ListQuery.ToPage(http.Request, request, datasets)));
    }

    /// <summary>The search page: the free text of q over every kind of record, each list with the same query string.</summary>
    private static async Task<IResult> Search(HttpContext http, OpenDataDbContext db)
    {
        if (string.IsNullOrWhiteSpace(http.Request.Query["q"]))
        {
            return Results.Redirect(Context(http).Href("/"));
        }
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        var problems = new List<ValidationProblem>();
        ListRequest Parse<T>(QueryDefinition<T> definition)
        {
            if (ListQuery.TryParse(http, definition, out var request, out var problem))
            {
                return request;
            }
            problems.Add(problem);
            return ListRequest.FirstPage(1);
        }
        var (organisations, agreements, resourceCentres) = (Parse(OrganisationQuery.Definition), Parse(AgreementQuery.Definition), Parse(ResourceCentreQuery.Definition));
        var (networks, areas, datasets) = (Parse(NetworkQuery.Definition), Parse(AreaQuery.Definition), Parse(DatasetQuery.Definition));
        if (problems.Count > 0)
        {
            return Invalid(http, problems[0]);
        }
        return Render<SearchPage>(http,
            ("Organisations", ListQuery.ToPage(http.Request, organisations, await OrganisationReads.ListAsync(db, organisations, language, cancellationToken))),
            ("Agreements", ListQuery.ToPage(http.Request, agreements, await AgreementReads.ListAsync(db, agreements, language, cancellationToken))),
            ("ResourceCentres", ListQuery.ToPage(http.Request, resourceCentres, await ResourceCentreReads.ListAsync(db, resourceCentres, language, cancellationToken))),
            ("Networks", ListQuery.ToPage(http.Request, networks, await NetworkReads.ListAsync(db, networks, language, cancellationToken))),
            ("Areas", ListQuery.ToPage(http.Request, areas, await AreaReads.ListAsync(db, areas, language, cancellationToken))),
            ("Datasets", ListQuery.ToPage(http.Request, datasets, await DatasetReads.ListAsync(db, datasets, language, cancellationToken))));
    }

    private static async Task<IResult> OrganisationPage(string id, HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits)
    {
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        if (await OrganisationReads.GetAsync(db, id, language, cancellationToken) is not { } organisation)
        {
            return NotFound(http, "organisation", id);
        }
        var relations = RelationsOf(limits);
        return Render<OrganisationPage>(http, ("Item", organisation),
            ("Networks", (await OrganisationReads.ListNetworksAsync(db, id, relations, language, cancellationToken))!.Items),
            ("Agreements", (await OrganisationReads.ListAgreementsAsync(db, id, relations, language, cancellationToken))!.Items),
            ("Children", (await OrganisationReads.ListChildrenAsync(db, id, relations, language, cancellationToken))!.Items));
    }

    private static async Task<IResult> NetworkPage(string id, HttpContext http, OpenDataDbContext db, IOptions<PagingLimits> limits)
    {
        var (language, cancellationToken) = (http.Language(), http.RequestAborted);
        if (await NetworkReads.GetAsync(db, id, language, cancellationToken) is not { } network)
        {
            return NotFound(http, "network", id);
        }
        var relations = RelationsOf(limits);
        return Render<NetworkPage>(http, ("Item", network),
            ("Members", (await NetworkReads.ListMembersAsync(db, id, relations, language, cancellationToken))!.Items),
            ("Events", (await NetworkReads.ListEventsAsync(db, id, relations, language, cancellationToken))!.Items));
    }

    /// <summary>A detail page lists a record's relations in full, in their default order, whatever the address holds.</summary>
    private static ListRequest RelationsOf(IOptions<PagingLimits> limits) => ListRequest.FirstPage(limits.Value.MaxPageSize);

    private static async Task<IResult> ListPage<TPage, T, TItem>(HttpContext http, QueryDefinition<T> definition, Func<ListRequest, Task<ListResult<TItem>>> read)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        ListQuery.TryParse(http, definition, out var request, out var invalid)
            ? Render<TPage>(http, ("Result", ListQuery.ToPage(http.Request, request, await read(request))))
            : Invalid(http, invalid);

    private static async Task<IResult> DetailPage<TPage, TItem>(HttpContext http, string kind, string id, Task<TItem?> read)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
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
            http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiInfo.ApiInfoOptions>>().Value);

    internal static IResult Render<TPage>(HttpContext http, params (string Name, object? Value)[] parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value);
        values["Page"] = Context(http);
        return new RazorComponentResult<TPage>(values);
    }

    internal static IResult Invalid(HttpContext http, ValidationProblem problem)
    {
        var page = Context(http);
        return new RazorComponentResult<ErrorPage>(new Dictionary<string, object?>
        {
            ["Page"] = page,
            ["Title"] = page.T("Ogiltig sökning", "Invalid query"),
            ["Detail"] = page.T("Adressen innehåller parametrar som inte går att använda:", "The address has parameters that cannot be used:"),
            ["Errors"] = problem.ProblemDetails.Errors,
        }) { StatusCode = StatusCodes.Status400BadRequest };
    }

    internal static IResult NotFound(HttpContext http, string kind, string id)
    {
        var page = Context(http);
        return Error(http, StatusCodes.Status404NotFound, page.T("Hittades inte", "Not found"), ApiProblems.NotFound(kind, id).ProblemDetails.Detail);
    }

    private static IResult Error(HttpContext http, int status, string title, string? detail) =>
        new RazorComponentResult<ErrorPage>(new Dictionary<string, object?> { ["Page"] = Context(http), ["Title"] = title, ["Detail"] = detail })
        {
            StatusCode = status,
        };
}
