using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;
using SQLitePCL;

namespace OpenData.Api.Datasets;

/// <summary>One input row as read, before validation: every field as text.</summary>
public sealed record RawObservation(int Row, string? Indicator, string? Area, string? Period, string? Sex, string? Value,
    string? Status, string? Note, string? NoteEn, string? Source);

/// <summary>Ett fel i ett fält på en rad av indata. / A problem with one field of one input row.</summary>
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
        // Fields are read by position: looking a header up by name for every field of a million rows costs more than parsing them.
        int Column(params string[] names) => names.Select(name => headers.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
        var indicator = Column("indicator");
        var area = Column("area", "area_code");
        var period = Column("period");
        var value = Column("value");
        foreach (var (name, found) in new[] { ("indicator", indicator), ("area", area), ("period", period), ("value", value) })
        {
            if (found < 0)
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
        var misshapen = 0;
        while (await csv.ReadAsync())
        {
            // A row with fields missing or extra has them out of place: none can be trusted to be in its column.
            if (csv.Parser.Count != headers.Count)
            {
                formatErrors.Add(new ImportError(csv.Parser.Row, "fields",
                    $"The row has {csv.Parser.Count} fields; the header has {headers.Count}, so every row needs {headers.Count}."));
                if (++misshapen == MaxReportedErrors)
                {
                    formatErrors.Add(new ImportError(csv.Parser.Row, "fields", $"Reading stopped after {MaxReportedErrors} rows with the wrong number of fields."));
                    yield break;
                }
                continue;
            }
            string? Field(int index) => index < 0 ? null : Blank(csv.Parser[index]);
            // Text as it was before a download guarded it against spreadsheet formulas; the value is a number and never guarded.
            string? Text(int index) => Field(index) is { } text ? FormulaCells.Restore(text) : null;
            var raw = Field(value);
            yield return new RawObservation(csv.Parser.Row, Text(indicator), Text(area), Text(period), Text(sex),
                excel ? raw?.Replace(',', '.') : raw, Text(status), Text(note), Text(noteEn), Text(source));
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
                                JsonValueKind.String => Blank(StringOf(property, name)),
                                JsonValueKind.Number => property.GetRawText(),
                                JsonValueKind.Null => null,
                                _ => property.GetRawText(),
                            };
                        }
                    }
                    return null;
                }
                string? StringOf(JsonElement property, string name)
                {
                    try
                    {
                        return property.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        formatErrors.Add(new ImportError(row, name, XmlText.HalfASurrogatePair));
                        return null;
                    }
                }
                yield return new RawObservation(row, Text("indicator"), Text("area", "areaCode"), Text("period"), Text("sex"), Text("value"),
                    Text("status"), Text("note"), Text("noteEn"), Text("source"));
            }
        }
    }

    /// <param name="allowEmpty">Whether an input without observations may empty the dataset; otherwise it is an error.</param>
    public async Task<ImportResult> ImportAsync(string datasetId, IAsyncEnumerable<RawObservation> rows, List<ImportError> formatErrors,
        string publisher, int? expectedRevision, bool allowEmpty, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A large page cache keeps the index B-tree in memory while a million rows go in. Foreign keys are checked
            // here rather than by SQLite row by row: every reference is validated against the indicators, areas and
            // sources read inside this write transaction, which no other writer can change before it commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;", cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
            var keys = new ObservationKeys(
                dataset.Indicators,
                await db.Areas.Select(a => a.Code).ToListAsync(cancellationToken));
            var sources = (await db.Sources.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var tx = transaction.GetDbTransaction();
            var now = clock.GetUtcNow().UtcDateTime;
            var revision = dataset.Revision + 1;
            var (existing, orphans) = ReadExisting(connection, tx, datasetId, keys);
            using var writer = new ObservationWriter((SqliteConnection)connection, datasetId);

            // Rows that name no source come from this upload: it becomes their source, with the publisher's name.
            var uploadSource = $"upload-{datasetId}-r{revision}";
            var uploadSourceWritten = false;
            string UploadSource()
            {
                if (!uploadSourceWritten)
                {
                    Execute(connection, tx, """
                        INSERT INTO Sources (Id, Kind, Title, Language, Publisher, Published, Url, NoteSv, NoteEn, MentionedInId, UpdatedAt, SearchText, SeedHash)
                        VALUES ($id, 'data-file', $title, 'sv', $publisher, $published, NULL, $note, $noteEn, NULL, $now, $search, NULL)
                        """,
                        ("$id", uploadSource), ("$title", $"Uppladdning till {datasetId}, revision {revision}"), ("$publisher", publisher),
                        ("$published", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        ("$note", "Observationer som utgivaren laddade upp utan egen källa."), ("$noteEn", "Observations the publisher uploaded without a source of their own."),
                        ("$now", now), ("$search", TextFolding.Fold(uploadSource, publisher)));
                    uploadSourceWritten = true;
                }
                return uploadSource;
            }

            // Reading and validating run on one core while the rows are written on the other.
            using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var batches = Channel.CreateBounded<List<ValidRow>>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
            var validation = Task.Run(() => ValidateAllAsync(rows, keys, sources, formatErrors, batches.Writer, stopReading.Token), stopReading.Token);
            int count = 0, added = 0, changed = 0;
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var row in batch)
                    {
                        // Written as validated, inside the transaction: an invalid row further on rolls all of it back.
                        // Only what differs is written, so unchanged observations keep their ids (and cursors stay valid),
                        // and an unchanged figure keeps the source it was first published from.
                        count++;
                        if (!existing.Remove(row.Key, out var current))
                        {
                            writer.Insert(row, row.Source ?? UploadSource());
                            added++;
                            continue;
                        }
                        var figureChanged = current.Value != row.Value || current.Status != row.Status || current.NoteSv != row.Note || current.NoteEn != row.NoteEn;
                        var source = row.Source ?? (figureChanged ? UploadSource() : current.SourceId);
                        if (figureChanged || source != current.SourceId)
                        {
                            writer.Update(current.Id, row, source);
                            changed++;
                        }
                    }
                }
            }
            finally
            {
                // A failed write must not leave the reader waiting for room in the channel.
                await stopReading.CancelAsync();
            }
            var (errors, errorCount) = await validation;
            if (errorCount == 0 && count == 0 && !allowEmpty)
            {
                errors = [new ImportError(0, "body", $"No observations: the upload would remove all {existing.Count + orphans.Count} observations of the dataset. "
                                                     + "To empty it, say so: ?allowEmpty=true (the import command: --allow-empty).")];
                errorCount = 1;
            }
            if (errorCount > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new ImportResult(ImportOutcome.Invalid, dataset.Revision, count, 0, 0, 0, errors, errorCount);
            }

            foreach (var id in existing.Values.Select(e => e.Id).Concat(orphans))
            {
                writer.Delete(id);
            }
            var removed = existing.Count + orphans.Count;
            Execute(connection, tx, """
                INSERT INTO DatasetRevisions (DatasetId, Number, CreatedAt, RowsAdded, RowsChanged, RowsRemoved, NoteSv, NoteEn)
                    VALUES ($d, $revision, $now, $added, $changed, $removed, $noteSv, $noteEn);
                """,
                ("$d", datasetId), ("$revision", revision), ("$now", now), ("$added", added), ("$changed", changed), ("$removed", removed),
                ("$noteSv", $"Uppladdad av {publisher}."), ("$noteEn", $"Uploaded by {publisher}."));
            // The revision check makes concurrent writers safe: only the first to commit moves the revision on.
            var updated = Execute(connection, tx, """
                UPDATE Datasets SET Revision = $revision, Modified = $now, UpdatedAt = $now, ObservationCount = $count
                WHERE Id = $d AND Revision = $previous
                """, ("$revision", revision), ("$now", now), ("$count", count), ("$d", datasetId), ("$previous", dataset.Revision));
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
            // The connection goes back to the pool: it must enforce foreign keys again for whoever uses it next.
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Validates every row, passing valid ones on in batches until the first error; after that it only collects errors,
    /// so that the publisher gets them all (up to <see cref="MaxReportedErrors"/>) in one answer.
    /// </summary>
    private static async Task<(List<ImportError> Errors, int ErrorCount)> ValidateAllAsync(IAsyncEnumerable<RawObservation> rows, ObservationKeys keys,
        HashSet<string> sources, List<ImportError> formatErrors, ChannelWriter<List<ValidRow>> output, CancellationToken cancellationToken)
    {
        const int batchSize = 4096;
        var errors = new List<ImportError>();
        var errorCount = 0;
        var seen = new HashSet<long>();
        var batch = new List<ValidRow>(batchSize);
        try
        {
            await foreach (var raw in rows.WithCancellation(cancellationToken))
            {
                var rowErrors = Validate(raw, keys, sources, seen, out var row);
                if (rowErrors is not null)
                {
                    errorCount += rowErrors.Count;
                    errors.AddRange(rowErrors.Take(Math.Max(0, MaxReportedErrors - errors.Count)));
                }
                else if (errorCount == 0 && formatErrors.Count == 0)
                {
                    batch.Add(row);
                    if (batch.Count == batchSize)
                    {
                        await output.WriteAsync(batch, cancellationToken);
                        batch = new List<ValidRow>(batchSize);
                    }
                }
            }
            if (batch.Count > 0 && errorCount == 0 && formatErrors.Count == 0)
            {
                await output.WriteAsync(batch, cancellationToken);
            }
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
        // The readers report problems with the input as a whole (no header, not JSON) as they meet them.
        errors.InsertRange(0, formatErrors);
        return (errors, errorCount + formatErrors.Count);
    }

    /// <summary>The dataset's observations as stored, by key; orphans are rows whose indicator the dataset no longer has.</summary>
    private static (Dictionary<long, StoredObservation> Existing, List<long> Orphans) ReadExisting(DbConnection connection, DbTransaction transaction,
        string datasetId, ObservationKeys keys)
    {
        var existing = new Dictionary<long, StoredObservation>();
        var orphans = new List<long>();
        using var command = Command(connection, transaction, """
            SELECT Id, IndicatorCode, AreaCode, Period, Sex, Value, Status, NoteSv, NoteEn, SourceId FROM Observations WHERE DatasetId = $d
            """, [("$d", datasetId)]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (keys.KeyOf(reader.GetString(1), reader.GetString(2), reader.GetString(3), KebabCase.Parse<Sex>(reader.GetString(4))) is not { } key)
            {
                orphans.Add(id);
                continue;
            }
            existing[key] = new StoredObservation(id, reader.IsDBNull(5) ? null : reader.GetDouble(5), KebabCase.Parse<ObservationStatus>(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9));
        }
        return (existing, orphans);
    }

    private sealed record StoredObservation(long Id, double? Value, ObservationStatus Status, string? NoteSv, string? NoteEn, string SourceId);

    private readonly record struct ValidRow(long Key, string Indicator, string Area, string Period, Sex Sex, double? Value, ObservationStatus Status,
        string? Note, string? NoteEn, string? Source);

    /// <summary>
    /// Numbers an observation's key (indicator, area, period, sex) as one long, so that a million keys compare and hash cheaply.
    /// </summary>
    private sealed class ObservationKeys(IReadOnlyList<string> indicators, IReadOnlyList<string> areas)
    {
        public Dictionary<string, int> Indicators { get; } = indicators.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        public Dictionary<string, int> Areas { get; } = areas.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);

        public long? KeyOf(string indicator, string area, string period, Sex sex)
        {
            if (!Indicators.TryGetValue(indicator, out var i) || !Areas.TryGetValue(area, out var a))
            {
                return null;
            }
            if (!_periods.TryGetValue(period, out var p))
            {
                p = _periods.Count;
                _periods[period] = p;
            }
            return ((long)i << 48) | ((long)a << 32) | ((long)p << 8) | (long)sex;
        }
    }

    /// <summary>
    /// Prepared statements for writing observations one by one, on the importer's connection and so inside its transaction.
    /// They go straight to SQLite, binding by position: ADO.NET's per-command work (a reader, parameters looked up by name)
    /// cost more than SQLite's own work per row.
    /// </summary>
    private sealed class ObservationWriter : IDisposable
    {
        private readonly sqlite3 _database;
        private readonly sqlite3_stmt _insert, _update, _delete;

        public ObservationWriter(SqliteConnection connection, string datasetId)
        {
            _database = connection.Handle!;
            _insert = Prepare("""
                INSERT INTO Observations (DatasetId, IndicatorCode, AreaCode, Period, Sex, Value, Status, NoteSv, NoteEn, SourceId)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                """);
            raw.sqlite3_bind_text(_insert, 1, datasetId);
            _update = Prepare("UPDATE Observations SET Value = ?1, Status = ?2, NoteSv = ?3, NoteEn = ?4, SourceId = ?5 WHERE Id = ?6");
            _delete = Prepare("DELETE FROM Observations WHERE Id = ?1");
        }

        public void Insert(ValidRow row, string source)
        {
            Bind(_insert, 2, row.Indicator);
            Bind(_insert, 3, row.Area);
            Bind(_insert, 4, row.Period);
            Bind(_insert, 5, KebabCase.ToName(row.Sex));
            Bind(_insert, 6, row.Value);
            Bind(_insert, 7, KebabCase.ToName(row.Status));
            Bind(_insert, 8, row.Note);
            Bind(_insert, 9, row.NoteEn);
            Bind(_insert, 10, source);
            Run(_insert);
        }

        public void Update(long id, ValidRow row, string source)
        {
            Bind(_update, 1, row.Value);
            Bind(_update, 2, KebabCase.ToName(row.Status));
            Bind(_update, 3, row.Note);
            Bind(_update, 4, row.NoteEn);
            Bind(_update, 5, source);
            raw.sqlite3_bind_int64(_update, 6, id);
            Run(_update);
        }

        public void Delete(long id)
        {
            raw.sqlite3_bind_int64(_delete, 1, id);
            Run(_delete);
        }

        public void Dispose()
        {
            _insert.Dispose();
            _update.Dispose();
            _delete.Dispose();
        }

        private sqlite3_stmt Prepare(string sql)
        {
            Check(raw.sqlite3_prepare_v2(_database, sql, out var statement));
            return statement;
        }

        private static void Bind(sqlite3_stmt statement, int index, string? text) =>
            _ = text is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, text);

        private static void Bind(sqlite3_stmt statement, int index, double? value) =>
            _ = value is { } number ? raw.sqlite3_bind_double(statement, index, number) : raw.sqlite3_bind_null(statement, index);

        private void Run(sqlite3_stmt statement)
        {
            var result = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }
        }

        private void Check(int result)
        {
            if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            {
                throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
            }
        }
    }

    private static List<ImportError>? Validate(RawObservation raw, ObservationKeys keys, HashSet<string> sources, HashSet<long> seen, out ValidRow row)
    {
        List<ImportError>? errors = null;
        row = default;
        void Error(string column, string message) => (errors ??= []).Add(new ImportError(raw.Row, column, message));

        if (raw.Indicator is null || !keys.Indicators.ContainsKey(raw.Indicator))
        {
            Error("indicator", raw.Indicator is null ? "Missing." : $"'{ValueParser.Shorten(raw.Indicator)}' is not an indicator of this dataset ({string.Join(", ", keys.Indicators.Keys)}).");
        }
        if (raw.Area is null || !keys.Areas.ContainsKey(raw.Area))
        {
            Error("area", raw.Area is null ? "Missing." : $"'{ValueParser.Shorten(raw.Area)}' is not an area code (see /api/v1/areas).");
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
        if (XmlText.Problem(raw.Note) is { } note)
        {
            Error("note", note);
        }
        if (XmlText.Problem(raw.NoteEn) is { } noteEn)
        {
            Error("note_en", noteEn);
        }
        if (errors is not null)
        {
            return errors;
        }
        var key = keys.KeyOf(raw.Indicator!, raw.Area!, raw.Period!, sex)!.Value;
        if (!seen.Add(key))
        {
            Error("period", $"A second value for {raw.Indicator}, {raw.Area}, {raw.Period}, {KebabCase.ToName(sex)}.");
            return errors;
        }
        row = new ValidRow(key, raw.Indicator!, raw.Area!, raw.Period!, sex, value, status, raw.Note, raw.NoteEn, raw.Source);
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ImportResult Failed(ImportOutcome outcome) => new(outcome, 0, 0, 0, 0, 0, [], 0);

    private static int Execute(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
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
