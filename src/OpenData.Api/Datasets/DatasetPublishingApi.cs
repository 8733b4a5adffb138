using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>Resultatet av en lyckad skrivning av observationer. / The outcome of a successful write of observations.</summary>
/// <param name="Dataset">The dataset's id.</param>
/// <param name="Revision">The new revision.</param>
/// <param name="Rows">Observations the dataset now holds.</param>
/// <param name="RowsAdded">Observations added.</param>
/// <param name="RowsChanged">Observations whose value, status or note changed.</param>
/// <param name="RowsRemoved">Observations removed.</param>
public sealed record ObservationWriteResponse(string Dataset, int Revision, int Rows, int RowsAdded, int RowsChanged, int RowsRemoved);

/// <summary>Ett datasets metadata och indikatorer som utgivaren skriver dem. / A dataset's metadata and indicators as a publisher writes them.</summary>
/// <param name="TitleSv">Swedish title (required).</param>
/// <param name="TitleEn">English title.</param>
/// <param name="DescriptionSv">Swedish description.</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="Publisher">Id of the publishing organisation.</param>
/// <param name="LicenceId">SPDX licence id ("CC-BY-4.0"); give it with licenceUri, or neither.</param>
/// <param name="LicenceUri">Canonical licence URI ("http://creativecommons.org/licenses/by/4.0/").</param>
/// <param name="LicenceNoteSv">How to use and cite the data, in Swedish.</param>
/// <param name="LicenceNoteEn">How to use and cite the data, in English.</param>
/// <param name="KeywordsSv">Swedish keywords.</param>
/// <param name="KeywordsEn">English keywords.</param>
/// <param name="Theme">EU data theme code ("HEAL").</param>
/// <param name="TemporalFrom">First period covered (ISO 8601).</param>
/// <param name="TemporalTo">Last period covered (ISO 8601).</param>
/// <param name="SpatialArea">Code of the area covered ("00").</param>
/// <param name="UpdateFrequency">EU frequency code ("ANNUAL").</param>
/// <param name="Issued">Date first published.</param>
/// <param name="Sources">Ids of the sources the figures come from (at least one).</param>
/// <param name="Indicators">What the dataset measures (at least one).</param>
public sealed record DatasetMetadataRequest(
    string? TitleSv, string? TitleEn, string? DescriptionSv, string? DescriptionEn, string? Publisher, string? LicenceId, string? LicenceUri,
    string? LicenceNoteSv, string? LicenceNoteEn, List<string>? KeywordsSv, List<string>? KeywordsEn, string? Theme, string? TemporalFrom,
    string? TemporalTo, string? SpatialArea, string? UpdateFrequency, DateOnly? Issued, List<string>? Sources, List<IndicatorRequest>? Indicators);

/// <summary>En indikator som utgivaren skriver den. / An indicator as a publisher writes it.</summary>
/// <param name="Code">The indicator's code (required).</param>
/// <param name="NameSv">Swedish name (required).</param>
/// <param name="NameEn">English name.</param>
/// <param name="UnitSv">Swedish unit (required).</param>
/// <param name="UnitEn">English unit.</param>
/// <param name="DefinitionSv">Swedish definition.</param>
/// <param name="DefinitionEn">English definition.</param>
/// <param name="HigherIsBetter">Whether a higher value is better.</param>
public sealed record IndicatorRequest(string? Code, string? NameSv, string? NameEn, string? UnitSv, string? UnitEn, string? DefinitionSv,
    string? DefinitionEn, bool? HigherIsBetter);

public static class DatasetPublishingApi
{
    public static RouteGroupBuilder MapDatasetPublishingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTags("Publicering / Publishing")
            .RequireAuthorization(ApiKeyAuthenticationHandler.PublisherPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/{id}/observations", PutObservations)
            .WithName("PutDatasetObservations")
            .WithSummary("Ersätt ett datasets observationer / Replace a dataset's observations")
            .WithDescription("CSV (text/csv; kolumner indicator, area, period, sex, value, status, note, note_en, source) eller JSON (en lista av objekt). "
                             + "Allt valideras innan något skrivs; fel anges med rad och kolumn. Varje skrivning blir en ny revision. Kräver X-Api-Key; If-Match med datasetets ETag skyddar mot samtidiga skrivare. / "
                             + "CSV (text/csv; columns indicator, area, period, sex, value, status, note, note_en, source) or JSON (an array of objects). "
                             + "Everything is validated before anything is written; errors name their row and column. Each write makes a new revision. Needs X-Api-Key; If-Match with the dataset's ETag guards against concurrent writers.")
            .Accepts<string>("text/csv", "application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(HttpLimits.MaxUploadBytes))
            .WithRequestTimeout(HttpHardening.UploadTimeout)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPut("/{id}", PutDatasetMetadata)
            .WithName("PutDatasetMetadata")
            .WithSummary("Skapa eller ändra ett datasets metadata och indikatorer / Create or update a dataset's metadata and indicators")
            .WithDescription("Skapar datasetet om det inte finns (201), annars ändras det (200). Kräver X-Api-Key. / "
                             + "Creates the dataset if it does not exist (201), otherwise updates it (200). Needs X-Api-Key.");
        return api;
    }

    public static string ETagOf(string id, int revision, DateTime updatedAt) =>
        $"\"{id}-r{revision}-{updatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Replaces a dataset's observations.</summary>
    /// <param name="id">Datasetets id. / The dataset's id.</param>
    public static async Task<Results<Ok<ObservationWriteResponse>, ProblemHttpResult>> PutObservations(
        string id, HttpContext http, OpenDataDbContext db, ObservationImporter importer, IOutputCacheStore cache)
    {
        var current = await db.Datasets.Where(d => d.Id == id).Select(d => new { d.Revision, d.UpdatedAt }).SingleOrDefaultAsync(http.RequestAborted);
        if (current is null)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        if (StaleIfMatch(http.Request, ETagOf(id, current.Revision, current.UpdatedAt)))
        {
            return PreconditionFailed();
        }
        var formatErrors = new List<ImportError>();
        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) ? contentType.MediaType.Value : null;
        var rows = mediaType switch
        {
            "text/csv" => ObservationImporter.ReadCsvAsync(http.Request.Body, formatErrors),
            "application/json" => ObservationImporter.ReadJsonAsync(http.Request.Body, formatErrors),
            _ => null,
        };
        if (rows is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type",
                detail: "Send the observations as text/csv or application/json.", type: "https://httpstatuses.io/415");
        }

        var result = await importer.ImportAsync(id, rows, formatErrors, http.User.Identity?.Name ?? "publisher", current.Revision, http.RequestAborted);
        switch (result.Outcome)
        {
            case ImportOutcome.Invalid:
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid observations",
                    detail: $"{result.ErrorCount} problem(s) in the input; nothing was written. The first: row {result.Errors[0].Row}, "
                            + $"{result.Errors[0].Column}: {result.Errors[0].Message}",
                    type: "https://httpstatuses.io/400",
                    extensions: new Dictionary<string, object?> { ["errors"] = result.Errors, ["errorCount"] = result.ErrorCount });
            case ImportOutcome.Conflict:
                return PreconditionFailed();
            case ImportOutcome.NotFound:
                return ApiProblems.NotFound("dataset", id);
        }
        await cache.EvictDataAsync(http.RequestAborted);
        var updatedAt = await db.Datasets.Where(d => d.Id == id).Select(d => d.UpdatedAt).SingleAsync(http.RequestAborted);
        http.Response.Headers.ETag = ETagOf(id, result.Revision, updatedAt);
        return TypedResults.Ok(new ObservationWriteResponse(id, result.Revision, result.Rows, result.RowsAdded, result.RowsChanged, result.RowsRemoved));
    }

    /// <summary>Creates or updates a dataset's metadata and indicators.</summary>
    /// <param name="id">Datasetets id (små bokstäver, siffror och bindestreck). / The dataset's id (lower-case letters, digits and hyphens).</param>
    public static async Task<Results<Created<DatasetResponse>, Ok<DatasetResponse>, ValidationProblem, ProblemHttpResult>> PutDatasetMetadata(
        string id, DatasetMetadataRequest request, HttpContext http, OpenDataDbContext db, TimeProvider clock, IOutputCacheStore cache)
    {
        var errors = await ValidateAsync(id, request, db, http.RequestAborted);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                title: "Invalid dataset metadata");
        }
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var dataset = await db.Datasets.Include(d => d.Indicators).Include(d => d.Sources).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, http.RequestAborted);
        if (dataset is not null && StaleIfMatch(http.Request, ETagOf(id, dataset.Revision, dataset.UpdatedAt)))
        {
            return PreconditionFailed();
        }
        var created = dataset is null;
        dataset ??= db.Datasets.Add(new Dataset { Id = id, TitleSv = request.TitleSv!, Modified = clock.GetUtcNow().UtcDateTime }).Entity;

        var indicatorCodes = request.Indicators!.Select(i => i.Code!).ToHashSet(StringComparer.Ordinal);
        var dropped = dataset.Indicators.Where(i => !indicatorCodes.Contains(i.Code)).Select(i => i.Code).ToList();
        if (dropped.Count > 0 && await db.Observations.AnyAsync(o => o.DatasetId == id && dropped.Contains(o.IndicatorCode), http.RequestAborted))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: "https://httpstatuses.io/409",
                detail: $"Indicator(s) {string.Join(", ", dropped)} still have observations; replace the observations first.");
        }

        Apply(dataset, request);
        dataset.Indicators.RemoveAll(i => dropped.Contains(i.Code));
        foreach (var indicator in request.Indicators!)
        {
            var existing = dataset.Indicators.SingleOrDefault(i => i.Code == indicator.Code);
            if (existing is null)
            {
                existing = new Indicator { DatasetId = id, Code = indicator.Code!, NameSv = indicator.NameSv!, UnitSv = indicator.UnitSv! };
                dataset.Indicators.Add(existing);
            }
            existing.NameSv = indicator.NameSv!;
            existing.NameEn = indicator.NameEn;
            existing.UnitSv = indicator.UnitSv!;
            existing.UnitEn = indicator.UnitEn;
            existing.DefinitionSv = indicator.DefinitionSv;
            existing.DefinitionEn = indicator.DefinitionEn;
            existing.HigherIsBetter = indicator.HigherIsBetter;
        }
        var sources = await db.Sources.Where(s => request.Sources!.Contains(s.Id)).ToListAsync(http.RequestAborted);
        dataset.Sources.Clear();
        dataset.Sources.AddRange(sources);
        dataset.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(http.RequestAborted);
        await cache.EvictDataAsync(http.RequestAborted);

        var response = await db.Datasets.AsNoTracking().Where(d => d.Id == id).Select(DatasetQuery.ToResponse(http.Language())).AsSplitQuery().SingleAsync(http.RequestAborted);
        http.Response.Headers.ETag = ETagOf(id, response.Revision, response.UpdatedAt);
        return created ? TypedResults.Created($"/api/v1/datasets/{id}", response) : TypedResults.Ok(response);
    }

    private static void Apply(Dataset dataset, DatasetMetadataRequest request)
    {
        dataset.TitleSv = request.TitleSv!;
        dataset.TitleEn = request.TitleEn;
        dataset.DescriptionSv = request.DescriptionSv;
        dataset.DescriptionEn = request.DescriptionEn;
        dataset.PublisherId = request.Publisher;
        dataset.LicenceId = request.LicenceId;
        dataset.LicenceUri = request.LicenceUri;
        dataset.LicenceNoteSv = request.LicenceNoteSv;
        dataset.LicenceNoteEn = request.LicenceNoteEn;
        dataset.KeywordsSv = request.KeywordsSv ?? [];
        dataset.KeywordsEn = request.KeywordsEn ?? [];
        dataset.Theme = request.Theme;
        dataset.TemporalFrom = request.TemporalFrom;
        dataset.TemporalTo = request.TemporalTo;
        dataset.SpatialAreaCode = request.SpatialArea;
        dataset.UpdateFrequency = request.UpdateFrequency;
        dataset.Issued = request.Issued;
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(string id, DatasetMetadataRequest request, OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = errors.TryGetValue(field, out var list) ? [.. list, message] : [message];

        if (id.Length > Limits.IdLength || Data.Seeding.Slug.From(id) != id)
        {
            Error("id", "Use lower-case letters, digits and single hyphens, at most 100 characters (scb-folkmangd).");
        }
        if (string.IsNullOrWhiteSpace(request.TitleSv))
        {
            Error("titleSv", "A Swedish title is required.");
        }
        if (request.Publisher is not null && !await db.Organisations.AnyAsync(o => o.Id == request.Publisher, cancellationToken))
        {
            Error("publisher", $"'{request.Publisher}' is not an organisation id.");
        }
        if ((request.LicenceId is null) != (request.LicenceUri is null))
        {
            Error("licenceUri", "Give both licenceId (SPDX) and licenceUri (canonical URI), or neither.");
        }
        if (request.LicenceUri is not null && !(Uri.TryCreate(request.LicenceUri, UriKind.Absolute, out var licenceUri) && licenceUri.Scheme is "http" or "https"))
        {
            Error("licenceUri", "Not an absolute http or https URI.");
        }
        if (request.SpatialArea is not null && !await db.Areas.AnyAsync(a => a.Code == request.SpatialArea, cancellationToken))
        {
            Error("spatialArea", $"'{request.SpatialArea}' is not an area code.");
        }
        if (request.Sources is not { Count: > 0 })
        {
            Error("sources", "Name at least one source: every dataset says where its figures come from.");
        }
        else
        {
            var known = await db.Sources.Where(s => request.Sources.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            foreach (var unknown in request.Sources.Except(known))
            {
                Error("sources", $"'{unknown}' is not a source id.");
            }
        }
        if (request.Indicators is not { Count: > 0 })
        {
            Error("indicators", "Give at least one indicator.");
        }
        else
        {
            foreach (var (indicator, i) in request.Indicators.Select((x, i) => (x, i)))
            {
                if (string.IsNullOrWhiteSpace(indicator.Code) || indicator.Code.Length > Limits.IdLength)
                {
                    Error($"indicators[{i}].code", "Required, at most 100 characters.");
                }
                if (string.IsNullOrWhiteSpace(indicator.NameSv))
                {
                    Error($"indicators[{i}].nameSv", "Required.");
                }
                if (string.IsNullOrWhiteSpace(indicator.UnitSv))
                {
                    Error($"indicators[{i}].unitSv", "Required.");
                }
            }
            foreach (var duplicate in request.Indicators.GroupBy(x => x.Code).Where(g => g.Key is not null && g.Count() > 1))
            {
                Error("indicators", $"The code '{duplicate.Key}' appears twice.");
            }
        }
        return errors;
    }

    private static bool StaleIfMatch(HttpRequest request, string currentETag) =>
        request.Headers.IfMatch.Count > 0
        && !request.Headers.IfMatch.Any(value => value is not null && value.Split(',').Select(v => v.Trim()).Any(v => v == "*" || v == currentETag));

    private static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed", type: "https://httpstatuses.io/412",
            detail: "The dataset changed since the ETag in If-Match: fetch it again and retry with the new ETag.");
}

public static class DatasetPublishingExtensions
{
    public static WebApplicationBuilder AddDatasetPublishing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ObservationImporter>();
        return builder;
    }
}
