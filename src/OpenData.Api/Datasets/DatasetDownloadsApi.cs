using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using static OpenData.Api.Infrastructure.HttpCaching;

namespace OpenData.Api.Datasets;

public static class DatasetDownloadsApi
{
    public const string JsonStatMediaType = "application/vnd.json-stat+json";
    private const string VariantParameter = "variant";

    public static RouteGroupBuilder MapDatasetDownloadsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTags("Dataset / Datasets");
        const string filters = " Filtreras som observationslistan (indicator, area, areaUnder, period, periodFrom, periodTo, sex, status). / "
                               + "Filtered like the observation list (indicator, area, areaUnder, period, periodFrom, periodTo, sex, status).";

        group.MapGet("/{id}/data.csv", DownloadCsv)
            .WithName("DownloadDatasetCsv")
            .WithSummary("Ladda ner som CSV / Download as CSV")
            .WithDescription("RFC 4180, UTF-8 med BOM, en observation per rad. variant=excel ger semikolon och decimalkomma för svenska Excel. / "
                             + "RFC 4180, UTF-8 with BOM, one observation per row. variant=excel gives semicolons and decimal commas for Swedish Excel." + filters)
            .WithDownloadParameters(true)
            .ProducesCsv();
        group.MapGet("/{id}/data.json", DownloadJson)
            .WithName("DownloadDatasetJson")
            .WithSummary("Ladda ner som JSON / Download as JSON")
            .WithDescription("Observationerna som en JSON-lista. / The observations as a JSON array." + filters)
            .WithDownloadParameters(false)
            .ProducesJson();
        group.MapGet("/{id}/data.jsonstat", DownloadJsonStat)
            .WithName("DownloadDatasetJsonStat")
            .WithSummary("Ladda ner som JSON-stat 2.0 / Download as JSON-stat 2.0")
            .WithDescription("En JSON-stat 2.0-kub: indikator × område × period × kön. / A JSON-stat 2.0 cube: indicator × area × period × sex." + filters)
            .WithDownloadParameters(false)
            .ProducesJsonStat();
        group.MapGet("/{id}/data", Download)
            .WithName("DownloadDataset")
            .WithSummary("Ladda ner i formatet Accept anger / Download in the format Accept names")
            .WithDescription($"text/csv, application/json eller {JsonStatMediaType}; utan Accept CSV. / text/csv, application/json or {JsonStatMediaType}; CSV without Accept." + filters)
            .WithDownloadParameters(true)
            .ProducesCsv()
            .ProducesJson()
            .ProducesJsonStat();
        return api;
    }

    /// <summary>Downloads a dataset as CSV.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static Task<IResult> DownloadCsv(string id, HttpContext http, OpenDataDbContext db) => DownloadAsync(id, DownloadFormat.Csv, http, db);

    /// <summary>Downloads a dataset as JSON.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static Task<IResult> DownloadJson(string id, HttpContext http, OpenDataDbContext db) => DownloadAsync(id, DownloadFormat.Json, http, db);

    /// <summary>Downloads a dataset as JSON-stat 2.0.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static Task<IResult> DownloadJsonStat(string id, HttpContext http, OpenDataDbContext db) => DownloadAsync(id, DownloadFormat.JsonStat, http, db);

    /// <summary>Downloads a dataset in the format the Accept header names.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static Task<IResult> Download(string id, HttpContext http, OpenDataDbContext db) => DownloadAsync(id, Negotiate(http.Request), http, db);

    private static RouteHandlerBuilder WithDownloadParameters(this RouteHandlerBuilder builder, bool csv) =>
        builder.WithListQuery(new DownloadQueryDescription(csv))
            .Streamed()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteHandlerBuilder ProducesCsv(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, contentType: "text/csv");

    private static RouteHandlerBuilder ProducesJson(this RouteHandlerBuilder builder) =>
        builder.Produces<IReadOnlyList<DownloadedObservation>>(StatusCodes.Status200OK, "application/json");

    private static RouteHandlerBuilder ProducesJsonStat(this RouteHandlerBuilder builder) =>
        builder.ProducesSchema(StatusCodes.Status200OK, JsonStatMediaType, JsonStatSchema);

    /// <summary>The parts of a JSON-stat 2.0 dataset this API always writes (json-stat.org/full).</summary>
    private static OpenApiSchema JsonStatSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "En JSON-stat 2.0-kub (json-stat.org). / A JSON-stat 2.0 cube (json-stat.org).",
        Required = new HashSet<string> { "version", "class", "label", "id", "size", "role", "dimension", "value", "status", "extension" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["version"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "2.0" },
            ["class"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "dataset" },
            ["label"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["source"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["updated"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            ["id"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["size"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" } },
            ["role"] = new OpenApiSchema { Type = JsonSchemaType.Object },
            ["dimension"] = new OpenApiSchema { Type = JsonSchemaType.Object },
            ["value"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.Null } },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["note"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["extension"] = new OpenApiSchema { Type = JsonSchemaType.Object },
        },
    };

    private static DownloadFormat? Negotiate(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return DownloadFormat.Csv;
        }
        foreach (var media in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            switch (media.MediaType.Value)
            {
                case "text/csv" or "*/*" or "text/*":
                    return DownloadFormat.Csv;
                case "application/json":
                    return DownloadFormat.Json;
                case JsonStatMediaType:
                    return DownloadFormat.JsonStat;
            }
        }
        return null;
    }

    public static async Task<IResult> DownloadAsync(string id, DownloadFormat? format, HttpContext http, OpenDataDbContext db)
    {
        if (format is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not Acceptable",
                detail: $"Accept text/csv, application/json or {JsonStatMediaType}.", type: "https://httpstatuses.io/406");
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var accepted = DownloadQueryDescription.Accepted(format == DownloadFormat.Csv);
        foreach (var (name, values) in http.Request.Query)
        {
            if (!accepted.Contains(name))
            {
                errors[name] = [$"Unknown parameter. Downloads accept: {string.Join(", ", accepted)}."];
            }
            else if (values.Count > 1)
            {
                errors[name] = ["Given more than once."];
            }
        }
        var filter = ListRequest.ParseFilter(http.Request.Query, DatasetQuery.ObservationsDefinition, errors);
        var variant = (string?)http.Request.Query[VariantParameter];
        if (variant is not (null or DatasetDownloads.ExcelVariant or "rfc4180"))
        {
            errors[VariantParameter] = ["Give variant=excel (semicolons, decimal commas) or variant=rfc4180 (the default)."];
        }
        if (errors.Count > 0)
        {
            return ListQuery.InvalidParameters(errors);
        }

        var language = http.Language();
        var dataset = await DatasetDownloads.FindAsync(db, id, language, http.RequestAborted);
        if (dataset is null)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        var etag = DatasetDownloads.ETag(dataset, format.Value, http.Request);
        if (IfNoneMatch(http.Request, etag))
        {
            http.Response.Headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var matching = DatasetDownloads.Matching(db, id, filter);
        return new StreamedResult(async response =>
        {
            var cancellationToken = http.RequestAborted;
            switch (format)
            {
                case DownloadFormat.Csv:
                    DatasetDownloads.SetHeaders(response, dataset, format.Value, etag, "text/csv; charset=utf-8; header=present");
                    await DatasetDownloads.WriteCsvAsync(response.Body, dataset, DatasetDownloads.Rows(matching, language).AsAsyncEnumerable(),
                        variant == DatasetDownloads.ExcelVariant, cancellationToken);
                    break;
                case DownloadFormat.Json:
                    DatasetDownloads.SetHeaders(response, dataset, format.Value, etag, "application/json; charset=utf-8");
                    await DatasetDownloads.WriteJsonAsync(response.Body, dataset, DatasetDownloads.Rows(matching, language).AsAsyncEnumerable(), cancellationToken);
                    break;
                default:
                    DatasetDownloads.SetHeaders(response, dataset, format.Value, etag, $"{JsonStatMediaType}; charset=utf-8");
                    await JsonStatWriter.WriteAsync(response.Body, dataset, matching, language, cancellationToken);
                    break;
            }
        });
    }

    /// <summary>Writes the response body with a callback, so rows go out as they are read.</summary>
    private sealed class StreamedResult(Func<HttpResponse, Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => write(httpContext.Response);
    }

    /// <summary>Documents a download's parameters: the observation filters, the CSV variant and lang.</summary>
    private sealed class DownloadQueryDescription(bool csv) : IQueryDescription
    {
        public static IReadOnlyList<string> Accepted(bool csv) =>
            [.. ListRequest.AcceptedParameters(DatasetQuery.ObservationsDefinition)
                .Where(p => p is not (ListRequest.LimitParameter or ListRequest.PageParameter or ListRequest.OffsetParameter
                    or ListRequest.CursorParameter or ListRequest.SortParameter)),
             .. csv ? new[] { VariantParameter } : []];

        public IEnumerable<QueryParameterDoc> RestParameters(int defaultLimit, int maxLimit)
        {
            var accepted = Accepted(csv);
            foreach (var parameter in DatasetQuery.ObservationsDefinition.RestParameters(defaultLimit, maxLimit).Where(p => accepted.Contains(p.Name)))
            {
                yield return parameter;
            }
            if (csv)
            {
                yield return new QueryParameterDoc(VariantParameter,
                    "excel: semikolon och decimalkomma för svenska Excel; rfc4180 (standard): komma och decimalpunkt. / "
                    + "excel: semicolons and decimal commas for Swedish Excel; rfc4180 (default): commas and decimal points.",
                    Microsoft.OpenApi.JsonSchemaType.String, ["rfc4180", "excel"], "excel");
            }
        }
    }
}
