using Microsoft.AspNetCore.Http.HttpResults;
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
    private const string FormatParameter = "format";

    public static RouteGroupBuilder MapDatasetDownloadsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/datasets").WithTag(DatasetsApi.Tag, DatasetsApi.TagDescription).WithPathParameter("id", "dataset", DatasetExamples.Id);
        const string filters = " Filtreras som observationslistan (indicator, area, areaUnder, period, periodFrom, periodTo, lastPeriods, sex, status och "
                               + "datasetets egna dimensioner). / Filtered like the observation list (indicator, area, areaUnder, period, periodFrom, periodTo, "
                               + "lastPeriods, sex, status and the dataset's own dimensions). Kön och egna dimensioner (age) blir en kod- och en etikettkolumn i "
                               + "CSV, Parquet och GeoJSON:s egenskaper (sex, sex_name, age, age_name), sex och sexName, dimensions och dimensionLabels i JSON, och "
                               + "en dimension med etiketter i JSON-stat, koderna i den ordning datasetet anger dem (total, female, male). / "
                               + "Sex and own dimensions (age) become a code and a label column in CSV, Parquet and GeoJSON's properties (sex, sex_name, age, "
                               + "age_name), sex and sexName, dimensions and dimensionLabels in JSON, and a labelled dimension in JSON-stat, their codes in the "
                               + "order the dataset declares them (total, female, male).";

        group.MapGet("/{id}/data", Download)
            .WithName("DownloadDataset")
            .WithSummary("Ladda ner ett dataset som CSV, JSON, JSON-stat, Parquet eller GeoJSON / Download a dataset as CSV, JSON, JSON-stat, Parquet or GeoJSON")
            .WithDescription($"format=csv (RFC 4180, UTF-8 med BOM; variant=excel ger semikolon och decimalkomma för svenska Excel), json (en lista), jsonstat "
                             + "(JSON-stat 2.0) eller parquet (Apache Parquet med CSV:ns kolumner, värdet som tal, i radgrupper om "
                             + $"{ParquetDownload.RowGroupSize} rader; datasetets id, titel, revision, licens med anmärkning och källor i filens metadata) eller geojson "
                             + $"(GeoJSON, en feature per observation med CSV:ns kolumner som egenskaper och områdets förenklade gräns från {Areas.AreaBoundaries.Credit}; "
                             + "null där området saknar gräns, som riket; licensen och dess anmärkning överst); "
                             + $"utan format väljer Accept ({string.Join(", ", DownloadFormatName.All.Select(f => f.MediaType))}), annars CSV. "
                             + "JSON-stat har licensen och anmärkningen i extension; anmärkningen säger hur siffrorna ska anges, också där utgivaren inte "
                             + "anger någon licens. / "
                             + "format=csv (RFC 4180, UTF-8 with BOM; variant=excel gives semicolons and decimal commas for Swedish Excel), json (an array), jsonstat "
                             + "(JSON-stat 2.0) or parquet (Apache Parquet with the CSV's columns, the value as a number, in row groups of "
                             + $"{ParquetDownload.RowGroupSize} rows; the dataset's id, title, revision, licence with its note and sources in the file's metadata) or geojson "
                             + $"(GeoJSON, a feature per observation with the CSV's columns as properties and the area's simplified boundary from {Areas.AreaBoundaries.Credit}; "
                             + "null where the area has none, as for Sweden; the licence and its note at the top); "
                             + $"without format, Accept chooses ({string.Join(", ", DownloadFormatName.All.Select(f => f.MediaType))}), else CSV. "
                             + "JSON-stat has the licence and its note in extension; the note says how to cite the figures, also where the publisher "
                             + "states no licence." + filters)
            .WithListQuery(new DownloadQueryDescription())
            .Streamed()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ParquetDownload.MediaType)
            .Produces<IReadOnlyList<DownloadedObservation>>(StatusCodes.Status200OK, "application/json")
            .ProducesSchema(StatusCodes.Status200OK, JsonStatMediaType, JsonStatSchema, DatasetExamples.JsonStatDownload)
            .ProducesSchema(StatusCodes.Status200OK, GeoJsonDownload.MediaType, GeoJsonSchema, DatasetExamples.GeoJsonDownload)
            .WithExample(DatasetExamples.JsonDownload)
            .WithExample(DatasetExamples.CsvDownload, "text/csv")
            .WithExample(NotAcceptable().ProblemDetails);
        // The first addresses had the format as a file suffix; they stay valid, as permanent redirects to the resource.
        foreach (var (suffix, format) in new[] { ("csv", "csv"), ("json", "json"), ("jsonstat", "jsonstat") })
        {
            // Their parameters are the resource's, passed on for it to check.
            group.MapGet($"/{{id}}/data.{suffix}", (HttpContext http) => RedirectToData(http, format))
                .WithListQuery(new DownloadQueryDescription())
                .ExcludeFromDescription();
        }
        return api;
    }

    /// <summary>Downloads a dataset in the format the format parameter, else the Accept header, names.</summary>
    /// <param name="id">Datasetets id, till exempel scb-folkmangd. / The dataset's id, such as scb-folkmangd.</param>
    public static async Task<IResult> Download(string id, HttpContext http, OpenDataDbContext db, IOpenDataDatabase database)
    {
        var format = http.Request.Query.ContainsKey(FormatParameter) ? FormatOf(http.Request.Query[FormatParameter]) : Negotiate(http.Request);
        if (format is null && http.Request.Query.ContainsKey(FormatParameter))
        {
            return ListQuery.InvalidParameters(new Dictionary<string, string[]>
            {
                [FormatParameter] = [http.Request.Query[FormatParameter].Count > 1
                    ? "Given more than once. Give one format."
                    : $"Give format={DownloadFormatName.Listed(f => f.Name)}."],
            });
        }
        if (format is null)
        {
            return NotAcceptable();
        }
        // The dataset (its revision, the ETag, the licence) and its rows are read in one snapshot, so that a file never names
        // one revision and holds another's rows when an import commits while it is being read.
        var snapshot = await database.BeginReadSnapshotAsync(db, http.RequestAborted);
        try
        {
            var result = await DownloadAsync(id, format.Value, http, db);
            if (result is StreamedResult streamed)
            {
                // The body is written after this handler returns; the snapshot ends with it.
                var owned = snapshot;
                snapshot = null;
                return streamed.Disposing(owned);
            }
            return result;
        }
        finally
        {
            if (snapshot is not null)
            {
                await snapshot.DisposeAsync();
            }
        }
    }

    /// <summary>…/data.csv?area=01 → 308 …/data?format=csv&amp;area=01: the path is taken as sent (still encoded), so no id can break the header.</summary>
    private static IResult RedirectToData(HttpContext http, string format)
    {
        var path = http.Request.PathBase.Add(http.Request.Path).ToUriComponent();
        var resource = path[..path.LastIndexOf('.')];
        var query = http.Request.QueryString.Add(FormatParameter, format);
        return TypedResults.Redirect(resource + query.ToUriComponent(), permanent: true, preserveMethod: true);
    }

    private static DownloadFormat? FormatOf(string? name) => DownloadFormatName.All.FirstOrDefault(f => f.Name == name)?.Format;


    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema NullableText() => new() { Type = JsonSchemaType.String | JsonSchemaType.Null };

    /// <summary>An object whose members are all required; closed, it allows no others (JSON-stat), open, it does (GeoJSON's foreign members).</summary>
    private static OpenApiSchema Record(Dictionary<string, IOpenApiSchema> properties, string? description = null, bool closed = true) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Required = new HashSet<string>(properties.Keys),
        Properties = properties,
        AdditionalPropertiesAllowed = !closed,
    };

    /// <summary>
    /// The JSON-stat 2.0 dataset exactly as <see cref="JsonStatWriter"/> writes it (json-stat.org/full): every member it always writes
    /// is required, the four fixed dimensions are named and a dataset's own ones have their shape, and nothing else appears, so
    /// that a generated client can read <c>dimension.area.category.label</c> (a bare <c>type: object</c> is an object with no
    /// members to openapi-typescript).
    /// </summary>
    private static OpenApiSchema JsonStatSchema()
    {
        static OpenApiSchema Texts() => new() { Type = JsonSchemaType.Array, Items = Text() };
        static OpenApiSchema MapOf(IOpenApiSchema value, string description) =>
            new() { Type = JsonSchemaType.Object, AdditionalProperties = value, Description = description };
        static OpenApiSchema Dimension(bool withUnit)
        {
            var category = new Dictionary<string, IOpenApiSchema>
            {
                ["index"] = MapOf(new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" }, "Kategorins plats i dimensionen, efter kod. / The category's position in the dimension, by code."),
                ["label"] = MapOf(Text(), "Kategorins namn, efter kod. / The category's name, by code."),
            };
            if (withUnit)
            {
                category["unit"] = MapOf(Record(new() { ["label"] = Text() }), "Indikatorns enhet, efter kod. / The indicator's unit, by code.");
            }
            return Record(new() { ["label"] = Text(), ["category"] = Record(category) });
        }
        var statuses = Enum.GetValues<ObservationStatus>().Where(s => s != ObservationStatus.Published)
            .Select(s => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(KebabCase.ToName(s))!).ToList();

        return Record(new()
        {
            ["version"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "2.0" },
            ["class"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "dataset" },
            ["label"] = Text(),
            ["source"] = Text(),
            ["updated"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            ["id"] = Texts(),
            ["size"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" } },
            ["role"] = Record(new() { ["time"] = Texts(), ["geo"] = Texts(), ["metric"] = Texts() }),
            // The fixed dimensions by name, and one more for each of the dataset's own (age, medicine).
            ["dimension"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "indicator", "area", "period", "sex" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["indicator"] = Dimension(withUnit: true),
                    ["area"] = Dimension(withUnit: false),
                    ["period"] = Dimension(withUnit: false),
                    ["sex"] = Dimension(withUnit: false),
                },
                AdditionalProperties = Dimension(withUnit: false),
            },
            ["value"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.Null } },
            ["status"] = MapOf(new OpenApiSchema { Type = JsonSchemaType.String, Enum = statuses },
                "Status för värden som inte är published, efter plats i value. / The status of values that are not published, by position in value."),
            ["note"] = Texts(),
            ["extension"] = Record(new()
            {
                ["datasetId"] = Text(),
                ["revision"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["publisher"] = NullableText(),
                ["licence"] = Record(new() { ["id"] = NullableText(), ["uri"] = NullableText(), ["note"] = NullableText() },
                    "Licensen och hur siffrorna ska anges, som datasetet har dem. / The licence and how to cite the figures, as the dataset has them."),
                ["valueNotes"] = MapOf(Text(), "Anmärkningar, efter plats i value. / Notes, by position in value."),
            }),
        }, "En JSON-stat 2.0-kub (json-stat.org). / A JSON-stat 2.0 cube (json-stat.org).");
    }

    /// <summary>The FeatureCollection <see cref="GeoJsonDownload"/> writes: a feature per observation, its properties the CSV's columns.</summary>
    private static OpenApiSchema GeoJsonSchema()
    {
        var geometry = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "Områdets förenklade gräns (Polygon eller MultiPolygon, WGS 84); null där området saknar gräns. / "
                          + "The area's simplified boundary (Polygon or MultiPolygon, WGS 84); null where the area has none.",
            Required = new HashSet<string> { "type", "coordinates" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("Polygon"), System.Text.Json.Nodes.JsonValue.Create("MultiPolygon")] },
                ["coordinates"] = new OpenApiSchema { Type = JsonSchemaType.Array },
            },
        };
        // Flat, as the CSV's columns are (map tools read no nested property): each own dimension is two more text members, its code
        // and label, which an open object allows.
        var properties = Record(closed: false, description: "CSV:ns kolumner; varje egen dimension som kod och etikett (age, age_name). / "
                                                            + "The CSV's columns; each own dimension as its code and label (age, age_name).", properties: new()
        {
            ["indicator"] = Text(), ["indicator_name"] = Text(), ["unit"] = Text(), ["area_code"] = Text(), ["area_name"] = Text(),
            ["period"] = Text(), ["sex"] = Text(), ["sex_name"] = Text(),
            ["value"] = new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.Null },
            ["status"] = Text(), ["note"] = NullableText(), ["note_en"] = NullableText(), ["source"] = Text(),
        });
        return Record(new()
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "FeatureCollection" },
            ["title"] = Text(),
            ["dataset"] = Text(),
            ["revision"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["licence"] = NullableText(),
            ["licence_uri"] = NullableText(),
            ["licence_note"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Hur siffrorna ska anges. / How to cite the figures." },
            ["attribution"] = Text(),
            ["features"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = Record(closed: false, properties: new() { ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "Feature" }, ["geometry"] = geometry, ["properties"] = properties }),
            },
        }, "En GeoJSON FeatureCollection (RFC 7946). / A GeoJSON FeatureCollection (RFC 7946).", closed: false);
    }

    private static DownloadFormat? Negotiate(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return DownloadFormat.Csv;
        }
        foreach (var media in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var type = media.MediaType.Value switch
            {
                "*/*" or "text/*" => "text/csv",
                "application/*" => "application/json",
                var named => named,
            };
            if (DownloadFormatName.All.FirstOrDefault(f => f.MediaType == type) is { } format)
            {
                return format.Format;
            }
        }
        return null;
    }

    internal static ProblemHttpResult NotAcceptable() =>
        TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not Acceptable",
            detail: $"Accept {DownloadFormatName.Listed(f => f.MediaType)}, or give format={DownloadFormatName.Listed(f => f.Name)}.", type: "https://httpstatuses.io/406");

    private static async Task<IResult> DownloadAsync(string id, DownloadFormat format, HttpContext http, OpenDataDbContext db)
    {
        var language = http.Language();
        var dataset = await DatasetDownloads.FindAsync(db, id, language, http.RequestAborted);
        if (dataset is null)
        {
            return ApiProblems.NotFound("dataset", id);
        }
        var errors = new ParameterErrors();
        var accepted = DownloadQueryDescription.Accepted(format == DownloadFormat.Csv).Concat(dataset.Dimensions.Parameters.Select(p => p.Name)).ToList();
        foreach (var (name, values) in http.Request.Query)
        {
            if (name == VariantParameter && format != DownloadFormat.Csv)
            {
                errors.Add(name, "Bara CSV-nedladdningar tar variant (format=csv).", "Only CSV downloads take variant (format=csv).");
            }
            else if (!accepted.Contains(name))
            {
                errors.Add(name, $"Okänd parameter. Nedladdningar tar: {string.Join(", ", accepted)}.", $"Unknown parameter. Downloads accept: {string.Join(", ", accepted)}.");
            }
            else if (values.Count > 1)
            {
                errors.Add(name, "Angiven mer än en gång.", "Given more than once.");
            }
        }
        var filter = ListRequest.ParseFilter(http.Request.Query, DatasetQuery.ObservationsDefinition, errors, dataset.Dimensions.Parameters);
        dataset.Dimensions.CheckIndicators(filter, errors);
        var variant = (string?)http.Request.Query[VariantParameter];
        if (variant is not (null or DatasetDownloads.ExcelVariant or "rfc4180"))
        {
            errors.Add(VariantParameter, "Ange variant=excel (semikolon, decimalkomma) eller variant=rfc4180 (standard).",
                "Give variant=excel (semicolons, decimal commas) or variant=rfc4180 (the default).");
        }
        if (errors.Count > 0)
        {
            return ListQuery.InvalidParameters(errors);
        }

        var etag = DatasetDownloads.ETag(dataset, format, language, http.Request);
        // The format and the language may be negotiated, so caches must tell the answers apart by those headers too.
        http.Response.Headers.Vary = "Accept, Accept-Language";
        if (IfNoneMatch(http.Request, etag))
        {
            http.Response.Headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return new StreamedResult(async (response, cancellationToken) =>
        {
            DatasetDownloads.SetHeaders(response, dataset, format, etag, ContentTypeOf(format));
            if (http.IsHeadRequest())
            {
                // The headers of the GET, without reading a row: a client checking a file's name or ETag before fetching it.
                // (So a HEAD answers 200 even where reading the rows would fail; the GET reports that.)
                return;
            }
            var matching = await DatasetDownloads.MatchingAsync(db, id, filter, cancellationToken);
            switch (format)
            {
                case DownloadFormat.Csv:
                    await DatasetDownloads.WriteCsvAsync(response.Body, dataset, DatasetDownloads.RowsReadAhead(matching, dataset, language),
                        variant == DatasetDownloads.ExcelVariant, cancellationToken);
                    break;
                case DownloadFormat.Json:
                    await DatasetDownloads.WriteJsonAsync(response.Body, dataset, DatasetDownloads.RowsReadAhead(matching, dataset, language), cancellationToken);
                    break;
                case DownloadFormat.JsonStat:
                    await JsonStatWriter.WriteAsync(response.Body, db, dataset, matching, language, cancellationToken);
                    break;
                case DownloadFormat.GeoJson:
                    await GeoJsonDownload.WriteAsync(response.Body, dataset, DatasetDownloads.RowsReadAhead(matching, dataset, language),
                        http.RequestServices.GetRequiredService<Areas.AreaBoundaries>(), cancellationToken);
                    break;
                default:
                    await ParquetDownload.WriteAsync(response.Body, dataset, DatasetDownloads.RowsReadAhead(matching, dataset, language), cancellationToken);
                    break;
            }
        });
    }

    /// <summary>The format's media type, with the charset of a text format and, for CSV, that its first row is a header.</summary>
    private static string ContentTypeOf(DownloadFormat format) => DownloadFormatName.Of(format).MediaType + format switch
    {
        DownloadFormat.Parquet => "",
        DownloadFormat.Csv => "; charset=utf-8; header=present",
        _ => "; charset=utf-8",
    };

    /// <summary>Documents a download's parameters: the observation filters, the CSV variant and lang.</summary>
    private sealed class DownloadQueryDescription : IQueryDescription
    {
        public static IReadOnlyList<string> Accepted(bool csv) =>
            [.. ListRequest.AcceptedParameters(DatasetQuery.ObservationsDefinition)
                .Where(p => p is not (ListRequest.LimitParameter or ListRequest.PageParameter or ListRequest.OffsetParameter
                    or ListRequest.CursorParameter or ListRequest.SortParameter)),
             FormatParameter, .. csv ? new[] { VariantParameter } : []];

        public IEnumerable<QueryParameterDoc> RestParameters(int defaultLimit, int maxLimit)
        {
            var accepted = Accepted(csv: true);
            foreach (var parameter in DatasetQuery.ObservationsDefinition.RestParameters(defaultLimit, maxLimit).Where(p => accepted.Contains(p.Name)))
            {
                yield return parameter;
            }
            yield return new QueryParameterDoc(FormatParameter,
                $"{DownloadFormatName.Listed(f => f.Name, "eller")}; går före Accept. / {DownloadFormatName.Listed(f => f.Name)}; takes precedence over Accept.",
                Microsoft.OpenApi.JsonSchemaType.String, [.. DownloadFormatName.All.Select(f => f.Name)], "csv");
            yield return new QueryParameterDoc(VariantParameter,
                "excel: semikolon och decimalkomma för svenska Excel, och koder av siffror (0114, 5-9, 2024-01), som Excel annars gör om till "
                + "tal eller datum, skrivna som =\"0114\", som Excel visar som texten 0114; rfc4180 (standard): komma och decimalpunkt, "
                + "koderna som de är; bara med CSV. / "
                + "excel: semicolons and decimal commas for Swedish Excel, and codes of digits (0114, 5-9, 2024-01), which Excel would "
                + "otherwise turn into numbers or dates, written as =\"0114\", which Excel shows as the text 0114; rfc4180 (default): commas "
                + "and decimal points, codes as they are; CSV only.",
                Microsoft.OpenApi.JsonSchemaType.String, ["rfc4180", "excel"], "excel");
        }
    }
}
