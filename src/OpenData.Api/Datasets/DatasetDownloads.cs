using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

/// <summary>One observation as a download reads it: codes, whose names and labels the download's <see cref="DownloadDataset"/> holds.</summary>
/// <remarks>Notes come in both languages so that a download imported again gives the same data.</remarks>
public sealed record DownloadRow(string Indicator, string AreaCode, string Period, Sex Sex, double? Value,
    ObservationStatus Status, string? NoteSv, string? NoteEn, string Source, string Dimension1, string Dimension2, string Dimension3, string Dimension4)
{
    /// <summary>The row's code in the dataset's own dimension at <paramref name="index"/> (from 0).</summary>
    public string DimensionAt(int index) => index switch { 0 => Dimension1, 1 => Dimension2, 2 => Dimension3, _ => Dimension4 };
}

/// <summary>En observation i JSON-nedladdningen. / One observation in the JSON download.</summary>
/// <remarks>Describes what <see cref="DatasetDownloads.WriteJsonAsync"/> writes, row by row, for the OpenAPI document.</remarks>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="IndicatorName">The indicator's name in the requested language.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="AreaCode">The area's code.</param>
/// <param name="AreaName">The area's name in the requested language.</param>
/// <param name="Period">ISO 8601 period ("2024").</param>
/// <param name="Sex">Sex.</param>
/// <param name="SexName">The sex's label in the requested language.</param>
/// <param name="Dimensions">The codes of the dataset's own dimensions, by dimension ({"age": "15-19"}); empty when it has none.</param>
/// <param name="DimensionLabels">Their labels in the requested language, by dimension ({"age": "15–19 år"}).</param>
/// <param name="Value">The figure; null when missing or suppressed.</param>
/// <param name="Status">The figure's status.</param>
/// <param name="Note">Note in Swedish.</param>
/// <param name="NoteEn">Note in English.</param>
/// <param name="Source">Id of the source the figure was read from.</param>
public sealed record DownloadedObservation(string Indicator, string IndicatorName, string Unit, string AreaCode, string AreaName, string Period, Sex Sex,
    string SexName, IReadOnlyDictionary<string, string> Dimensions, IReadOnlyDictionary<string, string> DimensionLabels, double? Value, ObservationStatus Status, string? Note,
    string? NoteEn, string Source);

/// <summary>What a download needs to know of its dataset: the dataset as the API and its page read it (<see cref="DatasetReads.GetAsync"/>).</summary>
/// <param name="Licence">The licence and its note (how to cite the figures) in the answer's language, as the page shows them.</param>
/// <param name="Sources">The documents the figures come from, by id.</param>
/// <param name="Dimensions">Its own dimensions: each is a column (its code) and a label column (<c>age_name</c>, <c>ageName</c>).</param>
/// <param name="SexLabels">Each sex's label in the answer's language, for the <c>sex_name</c> column.</param>
/// <param name="AreaNames">Every area's name in the answer's language, by code, for the <c>area_name</c> column.</param>
public sealed record DownloadDataset(string Id, string Title, int Revision, DateTime Modified, DateTime UpdatedAt, DatasetLicence Licence,
    string? Publisher, IReadOnlyList<SourceRef> Sources, IReadOnlyDictionary<string, (string Name, string Unit)> Indicators,
    DatasetDimensions Dimensions, IReadOnlyDictionary<Sex, string> SexLabels, IReadOnlyDictionary<string, string> AreaNames)
{
    public static DownloadDataset Of(DatasetResponse dataset, Language language, IReadOnlyDictionary<string, string> areaNames) => new(
        dataset.Id, dataset.Title, dataset.Revision, dataset.Modified, dataset.UpdatedAt, dataset.Licence, dataset.Publisher?.Name, dataset.Sources,
        dataset.Indicators.ToDictionary(i => i.Code, i => (i.Name, i.Unit)), DatasetDimensions.OwnOf(dataset),
        Enum.GetValues<Sex>().ToDictionary(s => s, s => DatasetDimensions.SexLabel(s, language)), areaNames);

    /// <summary>The area's name; every observation's area exists (a foreign key), so the code stands in only for safety.</summary>
    public string AreaName(string code) => AreaNames.GetValueOrDefault(code, code);
}

public enum DownloadFormat
{
    Csv,
    Json,
    JsonStat,
    Parquet,
    GeoJson,
}

/// <summary>What names a download format: its format parameter, its media type for Accept and its file name's extension.</summary>
public sealed record DownloadFormatName(DownloadFormat Format, string Name, string MediaType, string Extension)
{
    /// <summary>Every format, in the order the documentation and the messages list them.</summary>
    public static readonly IReadOnlyList<DownloadFormatName> All =
    [
        new(DownloadFormat.Csv, "csv", "text/csv", "csv"),
        new(DownloadFormat.Json, "json", "application/json", "json"),
        new(DownloadFormat.JsonStat, "jsonstat", DatasetDownloadsApi.JsonStatMediaType, "jsonstat.json"),
        new(DownloadFormat.Parquet, "parquet", ParquetDownload.MediaType, "parquet"),
        new(DownloadFormat.GeoJson, "geojson", GeoJsonDownload.MediaType, "geojson"),
    ];

    public static DownloadFormatName Of(DownloadFormat format) => All.Single(f => f.Format == format);

    /// <summary>The names or media types as a list a sentence ends with: "a, b or c" ("eller" in Swedish).</summary>
    public static string Listed(Func<DownloadFormatName, string> part, string or = "or") =>
        $"{string.Join(", ", All.SkipLast(1).Select(part))} {or} {part(All[^1])}";
}

/// <summary>
/// Writes a dataset's observations as CSV, JSON, JSON-stat 2.0, Parquet (<see cref="ParquetDownload"/>) or GeoJSON
/// (<see cref="GeoJsonDownload"/>) straight from the database cursor to the response, so memory does not grow with the dataset.
/// </summary>
public static class DatasetDownloads
{
    public const string ExcelVariant = "excel";
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// The dataset with the same read as its page and <c>/datasets/{id}</c>, so that a download states its licence as they do.
    /// The rows name their areas from its list of areas (a few hundred) rather than each joining its own: a million-row download
    /// then sorts and reads smaller rows.
    /// </summary>
    public static async Task<DownloadDataset?> FindAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken)
    {
        if (await DatasetReads.GetAsync(db, id, language, cancellationToken) is not { } dataset)
        {
            return null;
        }
        var areaNames = await db.Areas.Select(DatasetAvailability.AreaNames.In(language)).ToDictionaryAsync(a => a.Code, a => a.Label, StringComparer.Ordinal, cancellationToken);
        return DownloadDataset.Of(dataset, language, areaNames);
    }

    /// <summary>The observations a download selects, with the same filters as the REST list; read within the download's read snapshot.</summary>
    public static async Task<IQueryable<Observation>> MatchingAsync(OpenDataDbContext db, string datasetId, FilterNode filter,
        CancellationToken cancellationToken)
    {
        IQueryable<Observation> observations = db.Observations;
        if (db.Database.IsSqlite())
        {
            await SortOnEveryCoreInSqliteAsync(db, cancellationToken);
            if (filter is AllOf { Nodes.Count: 0 })
            {
                observations = await WholeDatasetInSqliteAsync(db, datasetId, cancellationToken);
            }
        }
        return DatasetQuery.ObservationsDefinition.Where(db, observations.Where(o => o.DatasetId == datasetId), filter, null, null);
    }

    /// <summary>
    /// SQLite sorts on one thread unless a connection allows it more (<c>PRAGMA threads</c>, 0 by default); with them a large
    /// sort runs in parallel parts: a million-row download's took 1.1 s instead of 1.6 in the sqlite3 shell on two cores. The
    /// download's queries run on one open connection, which its read snapshot holds
    /// (<see cref="Data.IOpenDataDatabase.BeginReadSnapshotAsync"/>). The setting stays with the connection, which its context
    /// keeps, where a later large sort (a long list ordered by name) may use the threads too; a small sort never starts one.
    /// </summary>
    private static Task SortOnEveryCoreInSqliteAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(SortThreads, cancellationToken);

    // A PRAGMA takes no parameters, so the number goes into its text.
    private static readonly string SortThreads = $"PRAGMA threads = {Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)};";

    /// <summary>
    /// Where a whole dataset's rows lie close together by id (as an import writes them), SQLite reads them by a scan of that id
    /// range rather than through the key index, which costs a seek into the table per row: in the sqlite3 shell a million-row
    /// selection, sorted, took 3.1 s through the index and 1.8 s by the scan. A dataset spread thinly over the table keeps the index.
    /// </summary>
    private static async Task<IQueryable<Observation>> WholeDatasetInSqliteAsync(OpenDataDbContext db, string datasetId, CancellationToken cancellationToken)
    {
        var range = await db.Observations.Where(o => o.DatasetId == datasetId).GroupBy(o => o.DatasetId)
            .Select(g => new { Count = g.Count(), First = g.Min(o => o.Id), Last = g.Max(o => o.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        // The bounds are read again in the statement that reads the rows, so that the rows are of one revision even when an import
        // commits between the two statements (its new rows would lie beyond the range read here).
        return range is not null && Observation.LieTogether(range.Count, range.First, range.Last)
            ? db.Observations.FromSql($"""
                SELECT * FROM Observations NOT INDEXED
                WHERE Id BETWEEN (SELECT min(Id) FROM Observations WHERE DatasetId = {datasetId}) AND (SELECT max(Id) FROM Observations WHERE DatasetId = {datasetId})
                """)
            : db.Observations;
    }

    /// <summary>
    /// The rows in a fixed order: indicator, area and period by code, sex in its declared order (total, female, male), then the
    /// dataset's own dimensions each in its codes' order (0-4 before 10-14). The unique index starts with the area, so the
    /// database sorts them first (about a quarter of a large download's time in SQLite).
    /// </summary>
    private static IQueryable<DownloadRow> Rows(IQueryable<Observation> matching, DownloadDataset dataset, Language language)
    {
        var ordered = matching.OrderBy(o => o.IndicatorCode).ThenBy(o => o.AreaCode).ThenBy(o => o.Period).ThenBy(DatasetDimensions.SexOrder);
        for (var i = 0; i < dataset.Dimensions.Own.Count; i++)
        {
            ordered = ordered.ThenBy(dataset.Dimensions.OrderOf(i));
        }
        // Most datasets have no dimension of their own: their rows need not read four empty columns (5.9 s became 5.4 s for a
        // million-row CSV).
        return ordered.Select((dataset.Dimensions.Own.Count == 0 ? ToRowWithoutOwnDimensions : ToRow).In(language));
    }

    /// <summary>
    /// The rows of <see cref="Rows"/> as a download writes them: read from the database on another thread, a few batches ahead
    /// of the writer, so that the two run side by side.
    /// </summary>
    public static IAsyncEnumerable<DownloadRow> RowsReadAhead(IQueryable<Observation> matching, DownloadDataset dataset, Language language) =>
        Rows(matching, dataset, language).AsAsyncEnumerable().ReadingAhead();

    private static readonly Projection<Observation, DownloadRow> ToRow = new((o, language) => new DownloadRow(
        o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Value, o.Status, o.NoteSv, o.NoteEn, o.SourceId, o.Dimension1, o.Dimension2, o.Dimension3, o.Dimension4));

    private static readonly Projection<Observation, DownloadRow> ToRowWithoutOwnDimensions = new((o, language) => new DownloadRow(
        o.IndicatorCode, o.AreaCode, o.Period, o.Sex, o.Value, o.Status, o.NoteSv, o.NoteEn, o.SourceId, "", "", "", ""));

    /// <summary>
    /// A validator that changes with the revision, the dataset's metadata, the format, the language and the selection. A
    /// metadata write (an indicator's name or unit, the title, the licence, all of which a file carries) moves the dataset's
    /// <c>updatedAt</c> but not its revision. The format and the language may come from Accept and Accept-Language rather
    /// than the address, so the address alone does not name the file.
    /// </summary>
    public static string ETag(DownloadDataset dataset, DownloadFormat format, Language language, HttpRequest request)
    {
        var selection = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.QueryString.Value ?? "")))[..12];
        return $"\"{dataset.Id}-r{dataset.Revision}-m{dataset.UpdatedAt.Ticks:x}-{format.ToString().ToLowerInvariant()}-{language.ToString().ToLowerInvariant()}-{selection}-l{Layout}\"";
    }

    /// <summary>
    /// Raised whenever a download of the same rows is written differently (2: the Excel variant writes codes as text), so that a
    /// client or cache holding a file of the old layout gets the new one instead of 304 until the next revision.
    /// </summary>
    private const int Layout = 2;

    public static void SetHeaders(HttpResponse response, DownloadDataset dataset, DownloadFormat format, string etag, string contentType)
    {
        response.ContentType = contentType;
        response.Headers.ETag = etag;
        // The file changes with its metadata too, which moves updatedAt (an import moves both).
        response.Headers.LastModified = (dataset.UpdatedAt > dataset.Modified ? dataset.UpdatedAt : dataset.Modified).ToString("R", CultureInfo.InvariantCulture);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = FileName(dataset, format, response.HttpContext.Request.Query, response.HttpContext.Language()),
        }.ToString();
    }

    /// <summary>
    /// A name that says what the file holds, so that downloads of one dataset kept side by side do not overwrite each other: the
    /// dataset and its revision, the selection as its parameters give it (<c>scb-folkmangd-r3-area-01-period-2024.csv</c>), English
    /// names and the Excel variant. A parameter with a long list of values is named by its first value, how many more there are
    /// and a short hash of the list (<c>area-01_and_20_more_3fa2c1</c>), so the rest of the selection still shows; a selection too
    /// long for a file name even so is named by a short hash of it.
    /// </summary>
    public static string FileName(DownloadDataset dataset, DownloadFormat format, IQueryCollection query, Language language)
    {
        var extension = DownloadFormatName.Of(format).Extension;
        var selection = string.Join("-", query
            .Where(p => p.Key is not (ListRequest.LanguageParameter or "format" or "variant"))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{FileNamePart(p.Key)}-{ValuesInFileName(p.Value.ToString())}"));
        if (selection.Length > MaxSelectionInFileName)
        {
            selection = "selection-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(selection)))[..10].ToLowerInvariant();
        }
        var parts = new[]
        {
            $"{dataset.Id}-r{dataset.Revision}",
            selection,
            language == Language.En ? "en" : "",
            query["variant"] == ExcelVariant ? ExcelVariant : "",
        };
        return $"{string.Join("-", parts.Where(part => part.Length > 0))}.{extension}";
    }

    // Room for a dataset page's whole selection (indicator, areas, periods, sex, each own dimension) within the 255 bytes of a file name.
    private const int MaxSelectionInFileName = 150;

    /// <summary>A parameter's values as a file name gives them: all of a short list, the first and a count of a long one.</summary>
    private static string ValuesInFileName(string values)
    {
        var list = values.Split(',');
        return list.Length <= 3
            ? FileNamePart(values)
            : $"{FileNamePart(list[0])}_and_{list.Length - 1}_more_{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(values)))[..6].ToLowerInvariant()}";
    }

    /// <summary>Letters and digits as they are; anything else (commas, spaces, slashes) becomes an underscore.</summary>
    private static string FileNamePart(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    public static async Task WriteCsvAsync(Stream body, DownloadDataset dataset, IAsyncEnumerable<DownloadRow> rows, bool excel, CancellationToken cancellationToken)
    {
        // The byte-order mark makes Excel read UTF-8, so å/ä/ö survive; Swedish Excel also wants ';' and decimal commas.
        await using var writer = new StreamWriter(body, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = excel ? ";" : "," });
        var dimensions = dataset.Dimensions.Own;
        foreach (var header in new[] { "indicator", "indicator_name", "unit", "area_code", "area_name", "period", "sex", "sex_name" }
                     .Concat(dimensions.SelectMany(d => new[] { d.Code, d.Code + "_name" }))
                     .Concat(["value", "status", "note", "note_en", "source"]))
        {
            csv.WriteField(header);
        }
        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var (name, unit) = dataset.Indicators.GetValueOrDefault(row.Indicator, (row.Indicator, ""));
            WriteCode(csv, excel, row.Indicator);
            WriteText(csv, excel, name);
            WriteText(csv, excel, unit);
            WriteCode(csv, excel, row.AreaCode);
            WriteText(csv, excel, dataset.AreaName(row.AreaCode));
            WriteCode(csv, excel, row.Period);
            csv.WriteField(KebabCase.ToName(row.Sex));
            WriteText(csv, excel, dataset.SexLabels[row.Sex]);
            for (var i = 0; i < dimensions.Count; i++)
            {
                WriteCode(csv, excel, row.DimensionAt(i));
                WriteText(csv, excel, dataset.Dimensions.LabelOf(i, row.DimensionAt(i)));
            }
            // A number stays a number: -3.5 is a value, not a formula.
            csv.WriteField(FormatValue(row.Value, excel));
            csv.WriteField(KebabCase.ToName(row.Status));
            WriteText(csv, excel, row.NoteSv);
            WriteText(csv, excel, row.NoteEn);
            WriteCode(csv, excel, row.Source);
            await csv.NextRecordAsync();
            if (++written % 10_000 == 0)
            {
                await csv.FlushAsync();
            }
        }
        await csv.FlushAsync();
    }

    /// <summary>
    /// A code cell (indicator, area, period, a dimension's code, source): in the Excel variant every code of digits and separators
    /// goes out as text, so the whole column is text in Excel, not 0114 as text beside 1280 as a number.
    /// </summary>
    private static void WriteCode(CsvWriter csv, bool excel, string text) => WriteText(csv, excel, text, code: true);

    /// <summary>
    /// A text cell; one a spreadsheet would run as a formula goes out with an apostrophe, in quotes, and in the Excel variant one
    /// Excel would show as something else goes out as a formula that shows it as written (<see cref="FormulaCells"/>).
    /// </summary>
    private static void WriteText(CsvWriter csv, bool excel, string? text, bool code = false)
    {
        if (text is not null && FormulaCells.NeedsApostrophe(text))
        {
            csv.WriteField("'" + text, shouldQuote: true);
        }
        else if (excel && text is not null && (code ? FormulaCells.IsNumberLike(text) : FormulaCells.ExcelWouldConvert(text)))
        {
            csv.WriteField(FormulaCells.AsExcelText(text));
        }
        else
        {
            csv.WriteField(text);
        }
    }

    public static string FormatValue(double? value, bool excel)
    {
        if (value is not { } number)
        {
            return "";
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return excel ? text.Replace('.', ',') : text;
    }

    /// <summary>
    /// A row's members, named as the JSON download names them (<see cref="DownloadedObservation"/>) or as the CSV's columns
    /// (GeoJSON's properties): snake_case, and each own dimension flat as its code and label column (<c>age</c>, <c>age_name</c>),
    /// since map tools (QGIS, Datawrapper) read no nested property.
    /// </summary>
    public static void WriteRow(Utf8JsonWriter json, DownloadDataset dataset, DownloadRow row, bool asCsvColumns = false)
    {
        string Name(string name) => asCsvColumns ? JsonNamingPolicy.SnakeCaseLower.ConvertName(name) : name;
        var (indicatorName, unit) = dataset.Indicators.GetValueOrDefault(row.Indicator, (row.Indicator, ""));
        json.WriteString("indicator", row.Indicator);
        json.WriteString(Name("indicatorName"), indicatorName);
        json.WriteString("unit", unit);
        json.WriteString(Name("areaCode"), row.AreaCode);
        json.WriteString(Name("areaName"), dataset.AreaName(row.AreaCode));
        json.WriteString("period", row.Period);
        json.WriteString("sex", KebabCase.ToName(row.Sex));
        json.WriteString(Name("sexName"), dataset.SexLabels[row.Sex]);
        if (asCsvColumns)
        {
            for (var i = 0; i < dataset.Dimensions.Own.Count; i++)
            {
                json.WriteString(dataset.Dimensions.Own[i].Code, row.DimensionAt(i));
                json.WriteString(dataset.Dimensions.Own[i].Code + "_name", dataset.Dimensions.LabelOf(i, row.DimensionAt(i)));
            }
        }
        else
        {
            // As the observation list has them: an object by dimension, empty for a dataset without dimensions of its own.
            json.WriteStartObject("dimensions");
            for (var i = 0; i < dataset.Dimensions.Own.Count; i++)
            {
                json.WriteString(dataset.Dimensions.Own[i].Code, row.DimensionAt(i));
            }
            json.WriteEndObject();
            json.WriteStartObject("dimensionLabels");
            for (var i = 0; i < dataset.Dimensions.Own.Count; i++)
            {
                json.WriteString(dataset.Dimensions.Own[i].Code, dataset.Dimensions.LabelOf(i, row.DimensionAt(i)));
            }
            json.WriteEndObject();
        }
        if (row.Value is { } value)
        {
            json.WriteNumber("value", value);
        }
        else
        {
            json.WriteNull("value");
        }
        json.WriteString("status", KebabCase.ToName(row.Status));
        json.WriteString("note", row.NoteSv);
        json.WriteString(Name("noteEn"), row.NoteEn);
        json.WriteString("source", row.Source);
    }

    public static async Task WriteJsonAsync(Stream body, DownloadDataset dataset, IAsyncEnumerable<DownloadRow> rows, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        json.WriteStartArray();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            WriteRow(json, dataset, row);
            json.WriteEndObject();
            if (++written % 5_000 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }
}
