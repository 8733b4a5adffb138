using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Infrastructure;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.Pages.Shared;
using OpenData.Api.Querying;
using OpenData.Api.ResourceCentres;

namespace OpenData.Api.Pages;

/// <summary>How many records of one kind there are, for the home page.</summary>
public sealed record ResourceCount(string Path, string Sv, string En, int Count);

/// <summary>
/// The HTML pages. Each one asks the REST handlers for its data, with the request's own query string, so a page
/// shows exactly what the matching API call returns and accepts the same parameters.
/// </summary>
public static class PagesEndpoints
{
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        // Pages are written in UTF-8: å, ä and ö need no escaping.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSingleton<StaticAssets>();
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
        pages.MapGet("/organisations", (HttpContext http, OpenDataDbContext db) => ListPage<OrganisationList, OrganisationResponse>(http, OrganisationsApi.ListOrganisations(http, db)));
        pages.MapGet("/organisations/{id}", OrganisationPage).WithName("OrganisationPage");
        pages.MapGet("/agreements", (HttpContext http, OpenDataDbContext db) => ListPage<AgreementList, AgreementResponse>(http, AgreementsApi.ListAgreements(http, db)));
        pages.MapGet("/agreements/{id}", (string id, HttpContext http, OpenDataDbContext db) => DetailPage<AgreementPage, AgreementResponse>(http, AgreementsApi.GetAgreement(id, http, db)));
        pages.MapGet("/resource-centres", (HttpContext http, OpenDataDbContext db) => ListPage<ResourceCentreList, ResourceCentreResponse>(http, ResourceCentresApi.ListResourceCentres(http, db)));
        pages.MapGet("/resource-centres/{id}", (string id, HttpContext http, OpenDataDbContext db) => DetailPage<ResourceCentrePage, ResourceCentreResponse>(http, ResourceCentresApi.GetResourceCentre(id, http, db)));
        pages.MapGet("/networks", (HttpContext http, OpenDataDbContext db) => ListPage<NetworkList, NetworkResponse>(http, NetworksApi.ListNetworks(http, db)));
        pages.MapGet("/networks/{id}", NetworkPage).WithName("NetworkPage");
        pages.MapGet("/areas", (HttpContext http, OpenDataDbContext db) => ListPage<AreaList, AreaResponse>(http, AreasApi.ListAreas(http, db)));
        pages.MapGet("/areas/{code}", (string code, HttpContext http, OpenDataDbContext db) => DetailPage<AreaPage, AreaDetailResponse>(http, AreasApi.GetArea(code, http, db)));
        pages.MapGet("/datasets", (HttpContext http, OpenDataDbContext db) => ListPage<DatasetList, DatasetResponse>(http, DatasetsApi.ListDatasets(http, db)));
        pages.MapGet("/datasets/{id}", DatasetPages.DatasetPage).WithName("DatasetPage");
        return app;
    }

    private static async Task<IResult> Home(HttpContext http, OpenDataDbContext db)
    {
        var counts = new List<ResourceCount>
        {
            new("/organisations", "organisationer", "organisations", await db.Organisations.CountAsync(http.RequestAborted)),
            new("/agreements", "överenskommelser", "agreements", await db.Agreements.CountAsync(http.RequestAborted)),
            new("/resource-centres", "resurscentrum", "resource centres", await db.ResourceCentres.CountAsync(http.RequestAborted)),
            new("/networks", "nätverk", "networks", await db.Networks.CountAsync(http.RequestAborted)),
            new("/areas", "områden", "areas", await db.Areas.CountAsync(http.RequestAborted)),
            new("/datasets", "dataset", "datasets", await db.Datasets.CountAsync(http.RequestAborted)),
        };
        return (await DatasetsApi.ListDatasets(http, db)).Result switch
        {
            Ok<Page<DatasetResponse>> datasets => Render<Home>(http, ("Counts", counts), ("Datasets", datasets.Value)),
            var invalid => Invalid(http, (ValidationProblem)invalid),
        };
    }

    private static async Task<IResult> Search(HttpContext http, OpenDataDbContext db)
    {
        if (string.IsNullOrWhiteSpace(http.Request.Query["q"]))
        {
            return Results.Redirect(Context(http).Href("/"));
        }
        IResult[] results =
        [
            (await OrganisationsApi.ListOrganisations(http, db)).Result,
            (await AgreementsApi.ListAgreements(http, db)).Result,
            (await ResourceCentresApi.ListResourceCentres(http, db)).Result,
            (await NetworksApi.ListNetworks(http, db)).Result,
            (await AreasApi.ListAreas(http, db)).Result,
            (await DatasetsApi.ListDatasets(http, db)).Result,
        ];
        if (results.OfType<ValidationProblem>().FirstOrDefault() is { } invalid)
        {
            return Invalid(http, invalid);
        }
        var found = results.Cast<IValueHttpResult>().Select(r => r.Value).ToArray();
        return Render<SearchPage>(http, ("Organisations", found[0]), ("Agreements", found[1]), ("ResourceCentres", found[2]),
            ("Networks", found[3]), ("Areas", found[4]), ("Datasets", found[5]));
    }

    private static async Task<IResult> OrganisationPage(string id, HttpContext http, OpenDataDbContext db)
    {
        var organisation = (await OrganisationsApi.GetOrganisation(id, http, db)).Result;
        if (organisation is not Ok<OrganisationResponse> found)
        {
            return NotFound(http, organisation);
        }
        using var _ = RelationsQuery(http);
        var networks = (await OrganisationsApi.ListOrganisationNetworks(id, http, db)).Result;
        var agreements = (await OrganisationsApi.ListOrganisationAgreements(id, http, db)).Result;
        var children = (await OrganisationsApi.ListOrganisationChildren(id, http, db)).Result;
        if (new[] { networks, agreements, children }.OfType<ValidationProblem>().FirstOrDefault() is { } invalid)
        {
            return Invalid(http, invalid);
        }
        return Render<OrganisationPage>(http, ("Item", found.Value), ("Networks", Items<OrganisationNetworkResponse>(networks)),
            ("Agreements", Items<OrganisationAgreementResponse>(agreements)), ("Children", Items<OrganisationResponse>(children)));
    }

    private static async Task<IResult> NetworkPage(string id, HttpContext http, OpenDataDbContext db)
    {
        var network = (await NetworksApi.GetNetwork(id, http, db)).Result;
        if (network is not Ok<NetworkResponse> found)
        {
            return NotFound(http, network);
        }
        using var _ = RelationsQuery(http);
        var members = (await NetworksApi.ListNetworkMembers(id, http, db)).Result;
        var events = (await NetworksApi.ListNetworkEvents(id, http, db)).Result;
        if (new[] { members, events }.OfType<ValidationProblem>().FirstOrDefault() is { } invalid)
        {
            return Invalid(http, invalid);
        }
        return Render<NetworkPage>(http, ("Item", found.Value), ("Members", Items<MemberResponse>(members)), ("Events", Items<EventResponse>(events)));
    }

    private static IReadOnlyList<T> Items<T>(IResult list) => ((Ok<Page<T>>)list).Value!.Items;

    /// <summary>
    /// A detail page lists a record's relations in full: while it asks the REST handlers for them, the request's query
    /// is just the language and the largest page, whatever the address held.
    /// </summary>
    private static IDisposable RelationsQuery(HttpContext http)
    {
        var original = http.Request.Query;
        var limit = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiInfo.PagingLimits>>().Value.MaxPageSize;
        http.Request.Query = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["lang"] = http.Language() == Language.En ? "en" : "sv",
        });
        return new Restore(() => http.Request.Query = original);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private static async Task<IResult> ListPage<TPage, TItem>(HttpContext http, Task<Results<Ok<Page<TItem>>, ValidationProblem>> list)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        (await list).Result switch
        {
            Ok<Page<TItem>> found => Render<TPage>(http, ("Result", found.Value)),
            var invalid => Invalid(http, (ValidationProblem)invalid),
        };

    private static async Task<IResult> DetailPage<TPage, TItem>(HttpContext http, Task<Results<Ok<TItem>, ProblemHttpResult>> record)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        (await record).Result switch
        {
            Ok<TItem> found => Render<TPage>(http, ("Item", found.Value)),
            var missing => NotFound(http, missing),
        };

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

    internal static IResult NotFound(HttpContext http, IResult problem)
    {
        var page = Context(http);
        return Error(http, StatusCodes.Status404NotFound, page.T("Hittades inte", "Not found"), ((ProblemHttpResult)problem).ProblemDetails.Detail);
    }

    private static IResult Error(HttpContext http, int status, string title, string? detail) =>
        new RazorComponentResult<ErrorPage>(new Dictionary<string, object?> { ["Page"] = Context(http), ["Title"] = title, ["Detail"] = detail })
        {
            StatusCode = status,
        };
}
