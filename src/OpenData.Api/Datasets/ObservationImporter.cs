using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;
using OpenData.Api.Querying;

namespace OpenData.Api.Datasets;

/// <summary>One input row as read, before validation: every field as text.</summary>
public sealed record RawObservation(int Row, string? Indicator, string? Area, string? Period, string? Sex, string? Value,
    string? Status, string? Note, string? NoteEn, string? Source);

/// <summary>A problem with one field of one input row.</summary>
/// <param name="Row">Row number in the file (the header is row 1) or position in the JSON array (from 1).</param>
/// <param name="Column">The column or property.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportError(int Row, string Column, string Message);

public enum ImportOutcome
{
    Written,
    Invalid,
    NotFound,
    /// <summary>Another write changed the dataset first.</summary>
    Conflict,
}

public sealed record ImportResult(ImportOutcome Outcome, int Revision, int Rows, int RowsAdded, int RowsChanged, int RowsRemoved,
    IReadOnlyList<ImportError> Errors, int ErrorCount);

/// <summary>
/// Replaces a dataset's observations with an input file. The whole input is validated before anything is
/// written: rows are staged in a temporary table inside one transaction, and only when every row is valid
/// are the observations replaced, the revision recorded and the transaction committed. A failure at any
/// point rolls everything back, so the previous data stays intact.
/// </summary>
public sealed class ObservationImporter(OpenDataDbContext db, TimeProvider clock)
{
    public const int MaxReportedErrors = 100;
    private static readonly string[] Columns = ["indicator", "area", "period", "sex", "value", "status", "note", "note_en", "source"];

    public static async IAsyncEnumerable<RawObservation> ReadCsvAsync(Stream input, List<ImportError> formatErrors)
    {
        using var reader = new StreamReader(input, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Swedish Excel writes ';' and decimal commas.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";"],
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
        });
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            formatErrors.Add(new ImportError(1, "header", "The file is empty; it needs a header row."));
            yield break;
        }
        var excel = csv.Parser.Delimiter == ";";
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        string? Column(params string[] names) => names.FirstOrDefault(headers.Contains);
        var indicator = Column("indicator");
        var area = Column("area", "area_code");
        var period = Column("period");
        var value = Column("value");
        foreach (var (name, found) in new[] { ("indicator", indicator), ("area", area), ("period", period), ("value", value) })
        {
            if (found is null)
            {
                formatErrors.Add(new ImportError(1, name, $"The header has no {name} column. Columns: {string.Join(", ", Columns)}."));
            }
        }
        if (formatErrors.Count > 0)
        {
            yield break;
        }
        var sex = Column("sex");
        var status = Column("status");
        var note = Column("note");
        var noteEn = Column("note_en");
        var source = Column("source");
        while (await csv.ReadAsync())
        {
            string? Field(string? name) => name is null ? null : Blank(csv.GetField(name));
            var raw = Field(value);
            yield return new RawObservation(csv.Parser.Row, Field(indicator), Field(area), Field(period), Field(sex),
                excel ? raw?.Replace(',', '.') : raw, Field(status), Field(note), Field(noteEn), Field(source));
        }
    }

    public static async IAsyncEnumerable<RawObservation> ReadJsonAsync(Stream input, List<ImportError> formatErrors)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input);
        }
        catch (JsonException e)
        {
            formatErrors.Add(new ImportError(0, "body", $"Not valid JSON: {e.Message}"));
            yield break;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                formatErrors.Add(new ImportError(0, "body", "The body must be a JSON array of observations."));
                yield break;
            }
            var row = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                row++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    formatErrors.Add(new ImportError(row, "body", "Each observation must be a JSON object."));
                    continue;
                }
                string? Text(params string[] names)
                {
                    foreach (var name in names)
                    {
                        if (item.TryGetProperty(name, out var property))
                        {
                            return property.ValueKind switch
                            {
                                JsonValueKind.String => Blank(property.GetString()),
                                JsonValueKind.Number => property.GetRawText(),
                                JsonValueKind.Null => null,
                                _ => property.GetRawText(),
                            };
                        }
                    }
                    return null;
                }
                yield return new RawObservation(row, Text("indicator"), Text("area", "areaCode"), Text("period"), Text("sex"), Text("value"),
                    Text("status"), Text("note"), Text("noteEn"), Text("source"));
            }
        }
    }

    public async Task<ImportResult> ImportAsync(string datasetId, IAsyncEnumerable<RawObservation> rows, List<ImportError> formatErrors,
        string publisher, int? expectedRevision, CancellationToken cancellationToken)
    {
        var dataset = await db.Datasets.Where(d => d.Id == datasetId)
            .Select(d => new { d.Revision, Indicators = d.Indicators.Select(i => i.Code).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (dataset is null)
        {
            return Failed(ImportOutcome.NotFound);
        }
        if (expectedRevision is { } expected && expected != dataset.Revision)
        {
            return Failed(ImportOutcome.Conflict);
        }
        var indicators = dataset.Indicators.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var areas = (await db.Areas.Select(a => a.Code).ToListAsync(cancellationToken)).Select((code, i) => (code, i))
            .ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var sources = (await db.Sources.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A large page cache keeps the index B-trees in memory while a million rows go in; the staging table lives in memory.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var tx = transaction.GetDbTransaction();
            await ExecuteAsync(connection, tx, """
                CREATE TEMP TABLE IF NOT EXISTS import_rows (IndicatorCode TEXT NOT NULL, AreaCode TEXT NOT NULL, Period TEXT NOT NULL, Sex TEXT NOT NULL,
                    Value REAL NULL, Status TEXT NOT NULL, NoteSv TEXT NULL, NoteEn TEXT NULL, SourceId TEXT NULL);
                DELETE FROM import_rows;
                """, cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO import_rows VALUES ($i, $a, $p, $s, $v, $st, $n, $ne, $src)";
            var parameters = new[] { "$i", "$a", "$p", "$s", "$v", "$st", "$n", "$ne", "$src" }.Select(name =>
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = name;
                insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            insert.Prepare();

            var errors = new List<ImportError>();
            var errorCount = 0;
            var periods = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = new HashSet<long>();
            var count = 0;
            await foreach (var raw in rows.WithCancellation(cancellationToken))
            {
                var rowErrors = Validate(raw, indicators, areas, sources, periods, keys, out var row);
                if (rowErrors.Count > 0 || errorCount > 0 || formatErrors.Count > 0)
                {
                    errorCount += rowErrors.Count;
                    errors.AddRange(rowErrors.Take(Math.Max(0, MaxReportedErrors - errors.Count)));
                    continue;
                }
                parameters[0].Value = row!.Indicator;
                parameters[1].Value = row.Area;
                parameters[2].Value = row.Period;
                parameters[3].Value = KebabCase.ToName(row.Sex);
                parameters[4].Value = (object?)row.Value ?? DBNull.Value;
                parameters[5].Value = KebabCase.ToName(row.Status);
                parameters[6].Value = (object?)row.Note ?? DBNull.Value;
                parameters[7].Value = (object?)row.NoteEn ?? DBNull.Value;
                parameters[8].Value = (object?)row.Source ?? DBNull.Value;
                // SQLite runs in-process: a synchronous step per row is much cheaper than a Task per row.
                insert.ExecuteNonQuery();
                count++;
            }
            // The readers report problems with the input as a whole (no header, not JSON) as they meet them.
            errors.InsertRange(0, formatErrors);
            errorCount += formatErrors.Count;
            if (errorCount > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new ImportResult(ImportOutcome.Invalid, dataset.Revision, count, 0, 0, 0, errors, errorCount);
            }

            // Indexed once after staging, so the comparisons below are joins rather than scans.
            await ExecuteAsync(connection, tx,
                "CREATE UNIQUE INDEX IF NOT EXISTS temp.import_rows_key ON import_rows (IndicatorCode, AreaCode, Period, Sex)", cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var revision = dataset.Revision + 1;
            var uploadSource = $"upload-{datasetId}-r{revision}";
            if (await ScalarAsync(connection, tx, "SELECT COUNT(*) FROM import_rows WHERE SourceId IS NULL", cancellationToken, []) > 0)
            {
                // Rows that name no source come from this upload: it becomes their source, with the publisher's name.
                await ExecuteAsync(connection, tx, """
                    INSERT INTO Sources (Id, Kind, Title, Language, Publisher, Published, Url, NoteSv, NoteEn, MentionedInId, UpdatedAt, SearchText, SeedHash)
                    VALUES ($id, 'data-file', $title, 'sv', $publisher, $published, NULL, $note, $noteEn, NULL, $now, $search, NULL);
                    UPDATE import_rows SET SourceId = $id WHERE SourceId IS NULL;
                    """, cancellationToken,
                    ("$id", uploadSource), ("$title", $"Uppladdning till {datasetId}, revision {revision}"), ("$publisher", publisher),
                    ("$published", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("$note", "Observationer som utgivaren laddade upp utan egen källa."), ("$noteEn", "Observations the publisher uploaded without a source of their own."),
                    ("$now", now), ("$search", TextFolding.Fold(uploadSource, publisher)));
            }

            // Only what differs is written, so unchanged observations keep their ids (and cursors stay valid).
            const string sameKey = "o.DatasetId = $d AND o.IndicatorCode = i.IndicatorCode AND o.AreaCode = i.AreaCode AND o.Period = i.Period AND o.Sex = i.Sex";
            var changed = await ScalarAsync(connection, tx, $"""
                SELECT COUNT(*) FROM Observations o JOIN import_rows i ON {sameKey}
                WHERE o.Value IS NOT i.Value OR o.Status IS NOT i.Status OR o.NoteSv IS NOT i.NoteSv OR o.NoteEn IS NOT i.NoteEn
                """, cancellationToken, ("$d", datasetId));
            var removed = await ExecuteAsync(connection, tx,
                $"DELETE FROM Observations AS o WHERE o.DatasetId = $d AND NOT EXISTS (SELECT 1 FROM import_rows i WHERE {sameKey})",
                cancellationToken, ("$d", datasetId));
            await ExecuteAsync(connection, tx, $"""
                UPDATE Observations AS o SET Value = i.Value, Status = i.Status, NoteSv = i.NoteSv, NoteEn = i.NoteEn, SourceId = i.SourceId
                FROM import_rows i
                WHERE {sameKey} AND (o.Value IS NOT i.Value OR o.Status IS NOT i.Status OR o.NoteSv IS NOT i.NoteSv OR o.NoteEn IS NOT i.NoteEn OR o.SourceId IS NOT i.SourceId)
                """, cancellationToken, ("$d", datasetId));
            var added = await ExecuteAsync(connection, tx, $"""
                INSERT INTO Observations (DatasetId, IndicatorCode, AreaCode, Period, Sex, Value, Status, NoteSv, NoteEn, SourceId)
                SELECT $d, i.IndicatorCode, i.AreaCode, i.Period, i.Sex, i.Value, i.Status, i.NoteSv, i.NoteEn, i.SourceId FROM import_rows i
                WHERE NOT EXISTS (SELECT 1 FROM Observations o WHERE {sameKey})
                ORDER BY i.IndicatorCode, i.AreaCode, i.Period, i.Sex
                """, cancellationToken, ("$d", datasetId));
            await ExecuteAsync(connection, tx, """
                DROP TABLE import_rows;
                INSERT INTO DatasetRevisions (DatasetId, Number, CreatedAt, RowsAdded, RowsChanged, RowsRemoved, NoteSv, NoteEn)
                    VALUES ($d, $revision, $now, $added, $changed, $removed, $noteSv, $noteEn);
                """, cancellationToken,
                ("$d", datasetId), ("$revision", revision), ("$now", now), ("$added", added), ("$changed", changed), ("$removed", removed),
                ("$noteSv", $"Uppladdad av {publisher}."), ("$noteEn", $"Uploaded by {publisher}."));
            // The revision check makes concurrent writers safe: only the first to commit moves the revision on.
            var updated = await ExecuteAsync(connection, tx, """
                UPDATE Datasets SET Revision = $revision, Modified = $now, UpdatedAt = $now, ObservationCount = $count
                WHERE Id = $d AND Revision = $previous
                """, cancellationToken, ("$revision", revision), ("$now", now), ("$count", count), ("$d", datasetId), ("$previous", dataset.Revision));
            if (updated != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Failed(ImportOutcome.Conflict);
            }
            await transaction.CommitAsync(cancellationToken);
            return new ImportResult(ImportOutcome.Written, revision, count, added, changed, removed, [], 0);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record ValidRow(string Indicator, string Area, string Period, Sex Sex, double? Value, ObservationStatus Status, string? Note, string? NoteEn, string? Source);

    private static List<ImportError> Validate(RawObservation raw, Dictionary<string, int> indicators, Dictionary<string, int> areas, HashSet<string> sources,
        Dictionary<string, int> periods, HashSet<long> keys, out ValidRow? row)
    {
        var errors = new List<ImportError>();
        row = null;
        void Error(string column, string message) => errors.Add(new ImportError(raw.Row, column, message));

        if (raw.Indicator is null || !indicators.TryGetValue(raw.Indicator, out var indicator))
        {
            Error("indicator", raw.Indicator is null ? "Missing." : $"'{ValueParser.Shorten(raw.Indicator)}' is not an indicator of this dataset ({string.Join(", ", indicators.Keys)}).");
            indicator = -1;
        }
        if (raw.Area is null || !areas.TryGetValue(raw.Area, out var area))
        {
            Error("area", raw.Area is null ? "Missing." : $"'{ValueParser.Shorten(raw.Area)}' is not an area code (see /api/v1/areas).");
            area = -1;
        }
        if (raw.Period is null || !ValueFormat.Period.Pattern.IsMatch(raw.Period))
        {
            Error("period", raw.Period is null ? "Missing." : $"'{ValueParser.Shorten(raw.Period)}' is not {ValueFormat.Period.Description}.");
        }
        var sex = Sex.Total;
        if (raw.Sex is not null && !KebabCase.TryParse(raw.Sex, out sex))
        {
            Error("sex", $"'{ValueParser.Shorten(raw.Sex)}' is not one of {string.Join(", ", KebabCase.Names<Sex>())}.");
        }
        var status = ObservationStatus.Published;
        if (raw.Status is not null && !KebabCase.TryParse(raw.Status, out status))
        {
            Error("status", $"'{ValueParser.Shorten(raw.Status)}' is not one of {string.Join(", ", KebabCase.Names<ObservationStatus>())}.");
        }
        double? value = null;
        var withoutValue = status is ObservationStatus.Missing or ObservationStatus.Suppressed;
        if (raw.Value is null)
        {
            if (!withoutValue)
            {
                Error("value", "Missing; only rows with status missing or suppressed may leave it empty.");
            }
        }
        else if (withoutValue)
        {
            Error("value", $"Must be empty when the status is {KebabCase.ToName(status)}.");
        }
        else if (double.TryParse(raw.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
        }
        else
        {
            Error("value", $"'{ValueParser.Shorten(raw.Value)}' is not a number.");
        }
        if (raw.Source is not null && !sources.Contains(raw.Source))
        {
            Error("source", $"'{ValueParser.Shorten(raw.Source)}' is not a source id (see /api/v1/sources).");
        }
        if (raw.Note is { Length: > 2000 } || raw.NoteEn is { Length: > 2000 })
        {
            Error("note", "Longer than 2000 characters.");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        if (!periods.TryGetValue(raw.Period!, out var period))
        {
            period = periods.Count;
            periods[raw.Period!] = period;
        }
        if (!keys.Add(((long)indicator << 48) | ((long)area << 32) | ((long)period << 8) | (long)sex))
        {
            Error("period", $"A second value for {raw.Indicator}, {raw.Area}, {raw.Period}, {KebabCase.ToName(sex)}.");
            return errors;
        }
        row = new ValidRow(raw.Indicator!, raw.Area!, raw.Period!, sex, value, status, raw.Note, raw.NoteEn, raw.Source);
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ImportResult Failed(ImportOutcome outcome) => new(outcome, 0, 0, 0, 0, 0, [], 0);

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
