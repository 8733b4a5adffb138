using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Areas;

public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas")
            .WithTag("Områden / Areas",
                "Sverige, sjukvårdsregionerna, länen, kommunerna och andra länder, med officiella koder; observationer anges per område. / "
                + "Sweden, the healthcare regions, the counties, the municipalities and other countries, with their official codes; observations are given per area.")
            .WithPathParameter("code", "area", AreaExamples.Code);

        group.MapGet("/", ListAreas)
            .WithName("ListAreas")
            .WithSummary("Lista områden / List areas")
            .WithDescription("Sverige, de sex sjukvårdsregionerna, de 21 länen, de 290 kommunerna och länder som källorna nämner. / "
                             + "Sweden, the six healthcare regions, the 21 counties, the 290 municipalities and the countries the sources name.")
            .WithListQuery(AreaQuery.Definition)
            .WithExample(AreaExamples.List);

        group.MapGet("/{code}", GetArea)
            .WithName("GetArea")
            .WithSummary("Hämta ett område / Get an area")
            .WithDescription("Ett område med överordnat område, underordnade områden, sjukvårdsregioner och styrande organisation. / "
                             + "One area with its parent, children, healthcare regions and governing organisation.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(AreaExamples.Halland);

        return api;
    }

    /// <summary>Lists areas.</summary>
    public static Task<Results<Ok<Page<AreaResponse>>, ValidationProblem>> ListAreas(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, AreaQuery.Definition, request => AreaReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one area.</summary>
    /// <param name="code">Områdets kod, till exempel 00, 01, 0180 eller sjukvardsregion-vastra. / The area's code, such as 00, 01, 0180 or sjukvardsregion-vastra.</param>
    public static Task<Results<Ok<AreaDetailResponse>, ProblemHttpResult>> GetArea(string code, HttpContext http, OpenDataDbContext db, IAreaGovernors governors) =>
        ListQuery.AnswerOneAsync(AreaReads.GetAsync(db, governors, code, http.Language(), http.RequestAborted), "area", code);
}
