using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

public static class DatasetsApi
{
    public const string Tag = "Dataset / Datasets";
    public const string TagDescription = "Indikatordataset med metadata, indikatorer och observationer, och nedladdningar som CSV, JSON, JSON-stat, Parquet och GeoJSON. / "
                                         + "Indicator datasets with their metadata, indicators and observations, and downloads as CSV, JSON, JSON-stat, Parquet and GeoJSON.";

    public static RouteGroupBuilder MapDatasetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTag(Tag, TagDescription).WithPathParameter("id", "dataset", DatasetExamples.Id);

        group.MapGet("/", ListDatasets)
            .WithName("ListDatasets")
            .WithSummary("Lista dataset / List datasets")
            .WithDescription("Indikatordataset med utgivare, licens, täckning och revisioner. / "
                             + "Indicator datasets with publisher, licence, coverage and revisions.")
            .WithListQuery(DatasetQuery.Definition)
            .WithExample(DatasetExamples.List);

        group.MapGet("/{id}", GetDataset)
            .WithName("GetDataset")
            .WithSummary("Hämta ett dataset / Get a dataset")
            .WithDescription("Ett dataset med all metadata: utgivare, licens, källor, täckning, uppdateringsfrekvens, revisioner och indikatorer. / "
                             + "One dataset with all its metadata: publisher, licence, sources, coverage, update frequency, revisions and indicators.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(DatasetExamples.ScbFolkmangd);

        group.MapGet("/{id}/indicators", ListDatasetIndicators)
            .WithName("ListDatasetIndicators")
            .WithSummary("Ett datasets indikatorer / A dataset's indicators")
            .WithDescription("Vad datasetet mäter, med enhet och definition. / What the dataset measures, with unit and definition.")
            .WithListQuery(DatasetQuery.IndicatorsDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(DatasetExamples.Indicators);

        group.MapGet("/{id}/observations", ListDatasetObservations)
            .WithName("ListDatasetObservations")
            .WithSummary("Ett datasets observationer / A dataset's observations")
            .WithDescription("Värdena: indikator × område × period × kön × datasetets egna dimensioner, med status, not och källa. Upp till 10 000 per sida; "
                             + "next-länken bär en markör så att sena sidor är lika snabba som den första. / "
                             + "The figures: indicator × area × period × sex × the dataset's own dimensions, with status, note and source. Up to 10 000 per page; "
                             + "the next link carries a cursor, so late pages are as fast as the first.")
            .WithListQuery(DatasetQuery.ObservationsDefinition)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(DatasetExamples.Observations);

        group.MapGet("/{id}/availability", GetDatasetAvailability)
            .WithName("GetDatasetAvailability")
            .WithSummary("Vilka koder som har värden / Which codes have figures")
            .WithDescription("För varje dimension de koder som har minst ett värde när de andra dimensionernas filter gäller (som SDMX:s availability): "
                             + "vilka åldersgrupper som har värden för metylfenidat i Stockholms län, vilken åldersgrupp som än är vald. Ett saknat eller "
                             + "undertryckt värde räknas inte. Filtreras som observationslistan. / For each dimension, the codes with at least one value "
                             + "when the other dimensions' filters apply (as SDMX's availability): which age groups have figures for methylphenidate in "
                             + "Stockholm County, whichever age group is picked. A missing or suppressed figure does not count. Filtered like the "
                             + "observation list.")
            .WithListQuery(new FilterQueryDescription<Observation>(DatasetQuery.ObservationsDefinition))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExample(DatasetExamples.Availability);

        return api;
    }

    /// <summary>Lists datasets.</summary>
    public static Task<Results<Ok<Page<DatasetResponse>>, ValidationProblem>> ListDatasets(HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerAsync(http, DatasetQuery.Definition, request => DatasetReads.ListAsync(db, request, http.Language(), http.RequestAborted));

    /// <summary>Gets one dataset.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static async Task<Results<Ok<DatasetResponse>, ProblemHttpResult>> GetDataset(string id, HttpContext http, OpenDataDbContext db)
    {
        if (await DatasetReads.GetAsync(db, id, http.Language(), http.RequestAborted) is not { } dataset)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        // Publishers send this back in If-Match, so that two writers cannot overwrite each other.
        http.Response.Headers.ETag = DatasetPublishingApi.ETagOf(dataset.Id, dataset.Revision, dataset.UpdatedAt, http.Language());
        return TypedResults.Ok(dataset);
    }

    /// <summary>Lists a dataset's indicators.</summary>
    /// <param name="id">Datasetets id. / The dataset's id.</param>
    public static Task<Results<Ok<Page<IndicatorResponse>>, ValidationProblem, ProblemHttpResult>> ListDatasetIndicators(string id, HttpContext http, OpenDataDbContext db) =>
        ListQuery.AnswerUnderAsync(http, DatasetQuery.IndicatorsDefinition, "dataset", id,
            request => DatasetReads.ListIndicatorsAsync(db, id, request, http.Language(), http.RequestAborted));

    /// <summary>Tells which codes of each dimension have figures for a selection.</summary>
    /// <param name="id">Datasetets id. / The dataset's id.</param>
    public static async Task<Results<Ok<AvailabilityResponse>, ValidationProblem, ProblemHttpResult>> GetDatasetAvailability(string id, HttpContext http,
        OpenDataDbContext db, DatasetDimensionsCache datasetDimensions)
    {
        var language = http.Language();
        if (await datasetDimensions.ReadAsync(db, id, language, http.RequestAborted) is not { } dimensions)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        var errors = new ParameterErrors();
        var filter = ListRequest.ParseFilterOnly(http.Request.Query, DatasetQuery.ObservationsDefinition, errors, dimensions.Parameters);
        if (filter is not null)
        {
            dimensions.CheckIndicators(filter, errors);
        }
        if (filter is null || errors.Count > 0)
        {
            return ListQuery.InvalidParameters(errors);
        }
        return TypedResults.Ok(await DatasetAvailability.ReadAsync(db, id, dimensions, filter, language, http.RequestAborted));
    }

    /// <summary>Lists a dataset's observations.</summary>
    /// <param name="id">Datasetets id. / The dataset's id.</param>
    public static async Task<Results<Ok<Page<ObservationResponse>>, ValidationProblem, ProblemHttpResult>> ListDatasetObservations(string id, HttpContext http,
        OpenDataDbContext db, DatasetDimensionsCache datasetDimensions)
    {
        if (await datasetDimensions.ReadAsync(db, id, http.Language(), http.RequestAborted) is not { } dimensions)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        if (!ListQuery.TryRead(http, DatasetQuery.ObservationsDefinition, out var request, out var errors, dimensions.Parameters))
        {
            return ListQuery.InvalidParameters(errors);
        }
        dimensions.CheckIndicators(request.Filter, errors);
        if (errors.Count > 0)
        {
            return ListQuery.InvalidParameters(errors);
        }
        return ListQuery.Page(http, request, await DatasetReads.ListObservationsAsync(db, id, dimensions, request, http.Language(), http.RequestAborted));
    }
}
