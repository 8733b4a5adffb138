using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Data;
using OpenData.Api.Datasets.Importing;
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

/// <summary>En observation i en JSON-uppladdning. / One observation in a JSON upload.</summary>
/// <param name="Indicator">The code of one of the dataset's indicators.</param>
/// <param name="Area">The area's code (see /api/v1/areas).</param>
/// <param name="Period">ISO 8601 period ("2024", "2024-03", "2024-Q1").</param>
/// <param name="Sex">total (the default), female or male.</param>
/// <param name="Value">The figure; null only when the status is missing or suppressed.</param>
/// <param name="Status">published (the default), derived, provisional, missing or suppressed.</param>
/// <param name="Note">A note in Swedish (at most 2 000 characters).</param>
/// <param name="NoteEn">A note in English (at most 2 000 characters).</param>
/// <param name="Source">The id of the source the figure was read from; without one, the upload itself becomes its source.</param>
public sealed record ObservationRequest(string Indicator, string Area, string Period, Sex? Sex, double? Value, ObservationStatus? Status,
    string? Note, string? NoteEn, string? Source);

/// <summary>Ogiltiga observationer: inget skrevs. / Invalid observations: nothing was written.</summary>
/// <remarks>Describes the problem details an invalid upload is answered with, for the OpenAPI document.</remarks>
/// <param name="Type">URI identifying the kind of problem.</param>
/// <param name="Title">"Invalid observations".</param>
/// <param name="Status">400.</param>
/// <param name="Detail">How many problems, and the first.</param>
/// <param name="Instance">The request's path and query.</param>
/// <param name="TraceId">W3C trace id to quote.</param>
/// <param name="Errors">The problems, each with its row and column (at most 100).</param>
/// <param name="ErrorCount">How many problems there are in all.</param>
public sealed record InvalidObservationsProblem(string Type, string Title, int Status, string Detail, string Instance, string TraceId,
    IReadOnlyList<ImportError> Errors, int ErrorCount);

public static class DatasetPublishingApi
{
    private const string AllowEmptyParameter = "allowEmpty";

    public static RouteGroupBuilder MapDatasetPublishingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets")
            .WithTag("Publicering / Publishing",
                "Att skapa och ändra dataset och ersätta deras observationer; kräver en API-nyckel (X-Api-Key) för datasetets utgivare. / "
                + "Creating and changing datasets and replacing their observations; needs an API key (X-Api-Key) of the dataset's publisher.")
            .WithPathParameter("id", "dataset", DatasetExamples.Id)
            .WithExample(DatasetExamples.Forbidden)
            .WithExample(PreconditionFailed().ProblemDetails)
            .RequireAuthorization(ApiKeyAuthenticationHandler.PublisherPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/{id}/observations", PutObservations)
            .WithName("PutDatasetObservations")
            .WithSummary("Ersätt ett datasets observationer / Replace a dataset's observations")
            .WithDescription("CSV (text/csv; kolumner indicator, area, period, sex, value, status, note, note_en, source och en kolumn per egen dimension, "
                             + "med dimensionens kod som namn: age, medicine) eller JSON (en lista av objekt; egna dimensioner i dimensions). "
                             + "Allt valideras innan något skrivs; fel anges med rad och kolumn. Varje skrivning blir en ny revision. En uppladdning utan observationer "
                             + "tömmer datasetet och avvisas (400) utan allowEmpty=true. Kräver X-Api-Key för datasetets utgivare (annars 403) eller en operatörsnyckel; "
                             + "If-Match med datasetets ETag skyddar mot samtidiga skrivare. / "
                             + "CSV (text/csv; columns indicator, area, period, sex, value, status, note, note_en, source and one column per own dimension, "
                             + "named by the dimension's code: age, medicine) or JSON (an array of objects; own dimensions in dimensions). "
                             + "Everything is validated before anything is written; errors name their row and column. Each write makes a new revision. An upload "
                             + "without observations would empty the dataset and is refused (400) without allowEmpty=true. Needs an X-Api-Key of the dataset's "
                             + "publisher (else 403) or an operator's key; If-Match with the dataset's ETag guards against concurrent writers.")
            .Accepts<string>("text/csv", "application/json")
            .Produces<InvalidObservationsProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .WithMetadata(new QueryParameters(AllowEmptyParameter))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(HttpLimits.MaxUploadBytes))
            .WithRequestTimeout(HttpHardening.UploadTimeout)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithRequestBody("text/csv", DatasetExamples.CsvUpload)
            .WithRequestBody("application/json", DatasetExamples.JsonUpload)
            .WithExample(DatasetExamples.Written)
            .WithExample(DatasetExamples.InvalidUpload);

        group.MapPut("/{id}", PutDatasetMetadata)
            .WithName("PutDatasetMetadata")
            .WithSummary("Skapa eller ändra ett datasets metadata och indikatorer / Create or update a dataset's metadata and indicators")
            .WithDescription("Skapar datasetet om det inte finns (201), annars ändras det (200). Kräver X-Api-Key. En nyckel hör till en utgivare (organisation): "
                             + "den får skapa dataset bara för sin utgivare och ändra bara dess dataset, annars 403; utelämnas publisher behåller ett dataset sin "
                             + "utgivare och ett nytt får nyckelns. En operatörsnyckel får skriva alla dataset. If-Match med datasetets ETag: en samtidig skrivning "
                             + "ger 412 (utan If-Match 409). / "
                             + "Creates the dataset if it does not exist (201), otherwise updates it (200). Needs X-Api-Key. A key belongs to one publisher "
                             + "(an organisation): it may create datasets only for that publisher and change only that publisher's datasets, else 403; with "
                             + "publisher omitted, a dataset keeps its publisher and a new one gets the key's. An operator's key may write every dataset. "
                             + "If-Match with the dataset's ETag: a concurrent write gets 412 (409 without If-Match).")
            .Accepts<DatasetMetadataRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExample(DatasetExamples.Metadata)
            .WithExample(DatasetExamples.ScbFolkmangd)
            .WithExample(ConcurrentWriteConflict().ProblemDetails);
        return api;
    }

    /// <summary>
    /// The dataset's version as a validator, in the language of the representation it goes with: the Swedish and the English
    /// one are two representations, and a strong validator names one. Any of them names the version in If-Match.
    /// </summary>
    public static string ETagOf(string id, int revision, DateTime updatedAt, Language language = Language.Sv) =>
        $"\"{id}-r{revision}-{updatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}{(language == Language.Sv ? "" : "-" + language.ToString().ToLowerInvariant())}\"";

    /// <summary>Every validator that names this version of the dataset, one per language.</summary>
    private static string[] ETagsOf(string id, int revision, DateTime updatedAt) =>
        [.. Enum.GetValues<Language>().Select(language => ETagOf(id, revision, updatedAt, language))];

    /// <summary>Replaces a dataset's observations.</summary>
    /// <param name="id">Datasetets id. / The dataset's id.</param>
    /// <param name="allowEmpty">true: en uppladdning utan observationer får tömma datasetet (annars 400); true eller false, standard false. / true: an upload without observations may empty the dataset (else 400); true or false, default false.</param>
    public static async Task<Results<Ok<ObservationWriteResponse>, ValidationProblem, ProblemHttpResult>> PutObservations(
        string id, HttpContext http, OpenDataDbContext db, ObservationImporter importer, DataChanges changes, string? allowEmpty = null)
    {
        // Read here rather than bound as a bool, so that a wrong value is answered naming the parameter.
        if (allowEmpty is not (null or "true" or "false"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [AllowEmptyParameter] = ["Give allowEmpty=true or allowEmpty=false."] },
                detail: $"{AllowEmptyParameter}: give true or false.", title: "Invalid query parameters");
        }
        var current = await db.Datasets.Where(d => d.Id == id).Select(d => new { d.Revision, d.UpdatedAt, d.PublisherId }).SingleOrDefaultAsync(http.RequestAborted);
        if (current is null)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        var writer = DatasetWriter.Of(http.User);
        if (writer.RefusalToChange(id, current.PublisherId) is { } refusal)
        {
            return ApiProblems.Forbidden(refusal);
        }
        if (PreconditionFails(http.Request, ETagsOf(id, current.Revision, current.UpdatedAt)))
        {
            return PreconditionFailed();
        }
        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) ? contentType.MediaType.Value : null;
        if (ObservationReader.ForMediaType(mediaType, http.Request.Body) is not { } input)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type",
                detail: "Send the observations as text/csv or application/json.", type: "https://httpstatuses.io/415");
        }

        var result = await importer.ImportAsync(id, input, writer.Name, current.Revision, allowEmpty == "true", http.RequestAborted);
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
        await changes.AnnounceAsync();
        var updatedAt = await db.Datasets.Where(d => d.Id == id).Select(d => d.UpdatedAt).SingleAsync(http.RequestAborted);
        http.Response.Headers.ETag = ETagOf(id, result.Revision, updatedAt);
        return TypedResults.Ok(new ObservationWriteResponse(id, result.Revision, result.Rows, result.RowsAdded, result.RowsChanged, result.RowsRemoved));
    }

    /// <summary>Creates or updates a dataset's metadata and indicators.</summary>
    /// <param name="id">Datasetets id (små bokstäver, siffror och bindestreck). / The dataset's id (lower-case letters, digits and hyphens).</param>
    public static async Task<Results<Created<DatasetResponse>, Ok<DatasetResponse>, ValidationProblem, ProblemHttpResult>> PutDatasetMetadata(
        string id, HttpContext http, OpenDataDbContext db, TimeProvider clock, DataChanges changes)
    {
        var (request, unreadable) = await ReadMetadataAsync(http.Request);
        if (request is null)
        {
            return unreadable!;
        }
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var dataset = await db.Datasets.Include(d => d.Indicators).Include(d => d.Sources).Include(d => d.Dimensions).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, http.RequestAborted);
        var writer = DatasetWriter.Of(http.User);
        if (dataset is not null && writer.RefusalToChange(id, dataset.PublisherId) is { } refusal)
        {
            return ApiProblems.Forbidden(refusal);
        }
        var publisher = request.Publisher ?? (dataset is null ? writer.Publisher : dataset.PublisherId);
        var errors = await DatasetMetadataValidation.ValidateAsync(id, request, publisher, db, http.RequestAborted);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                title: "Invalid dataset metadata");
        }
        if (writer.RefusalToPublishFor(publisher) is { } foreign)
        {
            return ApiProblems.Forbidden(foreign);
        }
        if (PreconditionFails(http.Request, dataset is null ? null : ETagsOf(id, dataset.Revision, dataset.UpdatedAt)))
        {
            return PreconditionFailed();
        }
        var seen = dataset is null ? null : new DatasetVersion(dataset.Revision, dataset.UpdatedAt);
        var now = clock.GetUtcNow().UtcDateTime;
        dataset ??= db.Datasets.Add(new Dataset { Id = id, TitleSv = request.TitleSv!, Modified = now }).Entity;

        var indicatorCodes = request.Indicators!.Select(i => i.Code!).ToHashSet(StringComparer.Ordinal);
        var dropped = dataset.Indicators.Where(i => !indicatorCodes.Contains(i.Code)).Select(i => i.Code).ToList();
        if (dropped.Count > 0 && await db.Observations.AnyAsync(o => o.DatasetId == id && dropped.Contains(o.IndicatorCode), http.RequestAborted))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: "https://httpstatuses.io/409",
                detail: $"Indicator(s) {string.Join(", ", dropped)} still have observations; replace the observations first.");
        }

        if (request.Dimensions is not null && await DimensionConflictAsync(db, dataset, request.Dimensions, http.RequestAborted) is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: "https://httpstatuses.io/409", detail: conflict);
        }

        Apply(dataset, request, publisher);
        if (request.Dimensions is not null)
        {
            ApplyDimensions(dataset, request.Dimensions);
        }
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
        dataset.UpdatedAt = seen is null ? now : Later(now, seen.UpdatedAt);
        if (!await SaveUnlessChangedAsync(db, id, seen, dataset.UpdatedAt, http.RequestAborted))
        {
            return ConcurrentWrite(http.Request);
        }
        await changes.AnnounceAsync();

        // Just written in this request, so it exists.
        var response = (await DatasetReads.GetAsync(db, id, http.Language(), http.RequestAborted))!;
        http.Response.Headers.ETag = ETagOf(id, response.Revision, response.UpdatedAt, http.Language());
        return seen is null ? TypedResults.Created($"/api/v1/datasets/{id}", response) : TypedResults.Ok(response);
    }

    /// <summary>
    /// Why the dimensions cannot change as asked, or null: stored observations hold a code in each own dimension's column, so
    /// while there are any, the dimensions and their order stay, and no code in use may go. Labels, names, total codes and new
    /// codes may change at any time.
    /// </summary>
    private static async Task<string?> DimensionConflictAsync(OpenDataDbContext db, Dataset dataset, List<DimensionRequest> requested, CancellationToken cancellationToken)
    {
        if (dataset.ObservationCount == 0)
        {
            return null;
        }
        var current = dataset.Dimensions.OrderBy(d => d.Position).Select(d => d.Code).ToList();
        if (!current.SequenceEqual(requested.Select(d => d.Code!)))
        {
            return $"The dataset's {dataset.ObservationCount} observations have codes of its dimensions ({string.Join(", ", current.DefaultIfEmpty("none"))}), "
                   + "which a change of its dimensions or their order would leave without meaning. Empty the observations first "
                   + "(PUT …/observations?allowEmpty=true with no rows), then change the dimensions and upload again.";
        }
        for (var i = 0; i < current.Count; i++)
        {
            var kept = requested[i].Codes!.Select(c => c.Code!).ToList();
            var column = DatasetQuery.ObservationsDefinition.CodeColumns[i];
            var inUse = await db.Observations.Where(o => o.DatasetId == dataset.Id).Select(column).Distinct().ToListAsync(cancellationToken);
            if (inUse.Except(kept).ToList() is { Count: > 0 } dropped)
            {
                return $"Code(s) {string.Join(", ", dropped.Order(StringComparer.Ordinal))} of {current[i]} still have observations; replace the observations first.";
            }
        }
        return null;
    }

    /// <summary>Updates the dimensions and their codes in place, by code: a record removed and added again with its key would be tracked twice.</summary>
    private static void ApplyDimensions(Dataset dataset, List<DimensionRequest> requested)
    {
        dataset.Dimensions.RemoveAll(d => !requested.Any(r => r.Code == d.Code));
        foreach (var (request, i) in requested.Select((d, i) => (d, i)))
        {
            var dimension = dataset.Dimensions.SingleOrDefault(d => d.Code == request.Code);
            if (dimension is null)
            {
                dimension = new DatasetDimension { DatasetId = dataset.Id, Code = request.Code!, NameSv = request.NameSv! };
                dataset.Dimensions.Add(dimension);
            }
            (dimension.Position, dimension.NameSv, dimension.NameEn, dimension.TotalCode) = (i + 1, request.NameSv!, request.NameEn, request.TotalCode);
            dimension.Codes.RemoveAll(c => !request.Codes!.Any(r => r.Code == c.Code));
            foreach (var (code, j) in request.Codes!.Select((c, j) => (c, j)))
            {
                var existing = dimension.Codes.SingleOrDefault(c => c.Code == code.Code);
                if (existing is null)
                {
                    existing = new DimensionCode { Code = code.Code!, LabelSv = code.LabelSv! };
                    dimension.Codes.Add(existing);
                }
                (existing.Position, existing.LabelSv, existing.LabelEn) = (j + 1, code.LabelSv!, code.LabelEn);
            }
        }
    }

    private static void Apply(Dataset dataset, DatasetMetadataRequest request, string? publisher)
    {
        dataset.TitleSv = request.TitleSv!;
        dataset.TitleEn = request.TitleEn;
        dataset.DescriptionSv = request.DescriptionSv;
        dataset.DescriptionEn = request.DescriptionEn;
        dataset.PublisherId = publisher;
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

    /// <summary>
    /// The body as metadata. It is read here rather than bound by the framework, so that JSON the serializer cannot read (a value
    /// of the wrong type, half a surrogate pair) is answered like every other invalid field: naming it.
    /// </summary>
    private static async Task<(DatasetMetadataRequest? Metadata, ProblemHttpResult? Problem)> ReadMetadataAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type",
                detail: "Send the metadata as application/json.", type: "https://httpstatuses.io/415"));
        }
        try
        {
            return await request.ReadFromJsonAsync<DatasetMetadataRequest>(request.HttpContext.RequestAborted) is { } metadata
                ? (metadata, null)
                : (null, UnreadableMetadata("body", "Send the metadata as a JSON object."));
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, UnreadableMetadata(field, e switch
            {
                { InnerException: InvalidOperationException inner } when XmlText.Unreadable(inner) is { } unreadable => unreadable,
                // A misspelt property (licenseId) would otherwise be dropped, and what it meant to set left unset.
                _ when e.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
                    "Is not a property of dataset metadata; DatasetMetadataRequest in the OpenAPI document lists them (licence is spelt with a c).",
                _ => $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}), or not of the type the schema gives it.",
            }));
        }
    }

    private static ProblemHttpResult UnreadableMetadata(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid dataset metadata", detail: $"{field}: {message}",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    /// <summary>The revision and time of a dataset's last write, as a writer read them: together they make its ETag.</summary>
    private sealed record DatasetVersion(int Revision, DateTime UpdatedAt);

    /// <summary>
    /// Saves the changes unless another write came first: to an existing dataset, an observation upload (which moves the revision
    /// on) or a metadata write (which moves UpdatedAt on) since <paramref name="seen"/> was read; or, for a new one, its creation.
    /// The first statement is the conditional UPDATE, so the check and the write are one transaction on SQLite and PostgreSQL alike,
    /// and the transaction holds no read snapshot that a concurrent commit could make stale.
    /// </summary>
    private static async Task<bool> SaveUnlessChangedAsync(OpenDataDbContext db, string id, DatasetVersion? seen, DateTime updatedAt,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (seen is not null && await db.Datasets.Where(d => d.Id == id && d.Revision == seen.Revision && d.UpdatedAt == seen.UpdatedAt)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.UpdatedAt, updatedAt), cancellationToken) == 0)
        {
            return false;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (seen is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            if (await db.Datasets.AnyAsync(d => d.Id == id, cancellationToken))
            {
                return false;
            }
            throw;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A time after <paramref name="previous"/>: the ETag and the check for concurrent writers rely on every write moving UpdatedAt on,
    /// even when the clock has not moved (PostgreSQL keeps microseconds).
    /// </summary>
    private static DateTime Later(DateTime now, DateTime previous) => now > previous ? now : previous.AddMicroseconds(1);

    /// <summary>
    /// Whether the request's preconditions fail against the dataset's current ETags, null when it does not exist yet (RFC 9110
    /// 13.1.1-13.1.2): If-Match must name it (* any version, so not a dataset yet to be created), and If-None-Match must not
    /// (* any version: "create it, but do not replace one").
    /// </summary>
    private static bool PreconditionFails(HttpRequest request, string[]? currentETags)
    {
        static IEnumerable<string> Tags(Microsoft.Extensions.Primitives.StringValues header) =>
            header.SelectMany(value => (value ?? "").Split(',')).Select(tag => tag.Trim());
        if (request.Headers.IfMatch.Count > 0 && (currentETags is null || !Tags(request.Headers.IfMatch).Any(tag => tag == "*" || currentETags.Contains(tag))))
        {
            return true;
        }
        return currentETags is not null && Tags(request.Headers.IfNoneMatch).Any(tag => tag == "*" || currentETags.Contains(tag));
    }

    /// <summary>Another write changed the dataset while this one was being made: 412 when the writer sent a precondition, else 409.</summary>
    private static ProblemHttpResult ConcurrentWrite(HttpRequest request) =>
        request.Headers.IfMatch.Count > 0 || request.Headers.IfNoneMatch.Count > 0 ? PreconditionFailed() : ConcurrentWriteConflict();

    internal static ProblemHttpResult ConcurrentWriteConflict() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: "https://httpstatuses.io/409",
            detail: "Another write changed the dataset while this one was being made; nothing was written. Fetch it again and retry, "
                    + "with its ETag in If-Match to be sure not to undo the other write.");

    internal static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed", type: "https://httpstatuses.io/412",
            detail: "The dataset is not as If-Match or If-None-Match requires: it changed since that ETag, or it exists already. Fetch it "
                    + "again and retry with its current ETag.");
}

public static class DatasetPublishingExtensions
{
    public static WebApplicationBuilder AddDatasetPublishing(this WebApplicationBuilder builder)
    {
        builder.Services.AddObservationImport();
        return builder;
    }
}
