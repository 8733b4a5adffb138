using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.ResourceCentres;

public static class ResourceCentresApi
{
    public static RouteGroupBuilder MapResourceCentresApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/resource-centres")
            .WithTag("Regionala resurscentrum / Resource centres",
                "Regionala resurscentrum för psykisk hälsa, ett per sjukvårdsregion: områden de betjänar, status över tid och finansiering. / "
                + "Regional resource centres for mental health, one per healthcare region: the areas they serve, their status over time and their funding.")
            .WithPathParameter("id", "resource centre", ResourceCentreExamples.Id);

        group.MapGet("/", ListResourceCentres)
            .WithName("ListResourceCentres")
            .WithSummary("Lista regionala resurscentrum / List regional resource centres")
            .WithDescription("Regionala resurscentrum för psykisk hälsa, ett per sjukvårdsregion, med status, finansiering och betjänade områden. / "
                             + "Regional resource centres for mental health, one per healthcare region, with status, funding and areas served.")
            .WithListQuery(ResourceCentreQuery.Definition)
            .WithExample(ResourceCentreExamples.List);

        group.MapGet("/{id}", GetResourceCentre)
            .WithName("GetResourceCentre")
            .WithSummary("Hämta ett regionalt resurscentrum / Get a regional resource centre")
            .WithDescription("Ett resurscentrum med statushistorik, finansiering, rapporter och källor. / "
                             + "One resource centre with its status history, funding, reports and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(ResourceCentreExamples.StockholmGotland);

        return api;
    }

    /// <summary>Lists resource centres.</summary>
    public static Task<Results<Ok<Page<ResourceCentreResponse>>, ValidationProblem>> ListResourceCentres(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, ResourceCentreQuery.Definition, request => ResourceCentreReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one resource centre.</summary>
    /// <param name="id">Resurscentrumets id, till exempel rrc-stockholm-gotland. / The resource centre's id, such as rrc-stockholm-gotland.</param>
    public static Task<Results<Ok<ResourceCentreResponse>, ProblemHttpResult>> GetResourceCentre(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(ResourceCentreReads.GetAsync(db, id, http.Language(), http.RequestAborted), "resource centre", id);
}
