using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Sources;

public static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources")
            .WithTag("Källor / Sources",
                "Dokumenten som varje uppgift i API:et kommer från, med utgivare, datum och adress. / "
                + "The documents every fact in the API comes from, with their publisher, date and address.")
            .WithPathParameter("id", "source", SourceExamples.Id);

        group.MapGet("/", ListSources)
            .WithName("ListSources")
            .WithSummary("Lista källor / List sources")
            .WithDescription("Dokumenten som API:ets uppgifter kommer från: webbsidor, överenskommelser, rapporter, författningar och datafiler. / "
                             + "The documents the API's facts come from: web pages, agreements, reports, legislation and data files.")
            .WithListQuery(SourceQuery.Definition)
            .WithExample(SourceExamples.List);

        group.MapGet("/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("Hämta en källa / Get a source")
            .WithDescription("En källa med utgivare, datum, adress och not. / One source with its publisher, date, address and note.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(SourceExamples.KiSuicideStatistics2023);

        return api;
    }

    /// <summary>Lists sources.</summary>
    public static Task<Results<Ok<Page<SourceResponse>>, ValidationProblem>> ListSources(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, SourceQuery.Definition, request => SourceReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one source.</summary>
    /// <param name="id">Källans id, till exempel storsthlm-psykisk-halsa. / The source's id, such as storsthlm-psykisk-halsa.</param>
    public static Task<Results<Ok<SourceResponse>, ProblemHttpResult>> GetSource(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerOneAsync(SourceReads.GetAsync(db, id, http.Language(), http.RequestAborted), "source", id);
}
