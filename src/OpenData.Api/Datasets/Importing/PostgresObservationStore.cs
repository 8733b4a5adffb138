using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenData.Api.Data;
using OpenData.Api.Text;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// The PostgreSQL <see cref="IObservationStore"/>. A replacement locks the dataset's row, streams the written rows with
/// <c>COPY</c> into a temporary table and, at commit, merges that table into the dataset's observations with three set-based
/// statements: update the rows whose figure or source changed, delete the stored rows no written row matched, insert the new
/// ones. Unchanged rows are not touched, so they keep their ids and sources, exactly as on SQLite. Everything
/// PostgreSQL-specific about imports is in this file.
/// </summary>
public sealed class PostgresObservationStore(OpenDataDbContext db, TimeProvider clock) : IObservationStore
{
    public Task<IObservationReplacement?> BeginReplaceAsync(string datasetId, ReplacementOrigin origin, CancellationToken cancellationToken) =>
        ObservationReplacement.BeginAsync(new Replacement(db, clock, datasetId, origin), cancellationToken);

    private sealed class Replacement(OpenDataDbContext db, TimeProvider clock, string datasetId, ReplacementOrigin origin) : IStartableReplacement
    {
        private const string Upload = "observation_upload";

        /// <summary>A stored row matches a written one on the dataset's unique key.</summary>
        private const string SameKey = """
            o."DatasetId" = @dataset AND o."AreaCode" = u."AreaCode" AND o."IndicatorCode" = u."IndicatorCode"
            AND o."Period" = u."Period" AND o."Sex" = u."Sex" AND o."Dimension1" = u."Dimension1" AND o."Dimension2" = u."Dimension2"
            AND o."Dimension3" = u."Dimension3" AND o."Dimension4" = u."Dimension4"
            """;

        private const string KeyOrder = """
            u."AreaCode", u."IndicatorCode", u."Period", u."Sex", u."Dimension1", u."Dimension2", u."Dimension3", u."Dimension4"
            """;

        private const string InsertColumns = """
            "DatasetId", "IndicatorCode", "AreaCode", "Period", "Sex", "Value", "Status", "NoteSv", "NoteEn", "SourceId",
            "Dimension1", "Dimension2", "Dimension3", "Dimension4"
            """;

        /// <summary>An upload row u as a new observation: a row that names no source has the upload as its source.</summary>
        private const string UploadColumns = """
            @dataset, u."IndicatorCode", u."AreaCode", u."Period", u."Sex", u."Value", u."Status", u."NoteSv", u."NoteEn", COALESCE(u."SourceId", @upload),
            u."Dimension1", u."Dimension2", u."Dimension3", u."Dimension4"
            """;

        private const string FigureChanged = """
            (o."Value" IS DISTINCT FROM u."Value" OR o."Status" <> u."Status"
             OR o."NoteSv" IS DISTINCT FROM u."NoteSv" OR o."NoteEn" IS DISTINCT FROM u."NoteEn")
            """;

        private bool _connectionOpened;
        private ReplacementTransaction? _transaction;
        private NpgsqlConnection _connection = null!;
        private NpgsqlCopyTextWriter? _copy;
        private readonly StringBuilder _batch = new();
        private int _rows;
        private DateTime _now;

        public int Revision { get; private set; }

        public ObservationReferences References { get; private set; } = null!;

        private int NewRevision => Revision + 1;

        /// <summary>Rows that name no source come from this upload: it becomes their source, with the publisher's name.</summary>
        private string UploadSourceId => $"upload-{datasetId}-r{NewRevision}";

        public async Task<bool> BeginAsync(CancellationToken cancellationToken)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _connectionOpened = true;
            _connection = (NpgsqlConnection)db.Database.GetDbConnection();
            _transaction = await ReplacementTransaction.BeginAsync(db.Database, cancellationToken);
            // Writers of one dataset take turns from here; readers go on reading the committed revision.
            var revision = await db.Database
                .SqlQuery<int>($"""SELECT "Revision" AS "Value" FROM "Datasets" WHERE "Id" = {datasetId} FOR NO KEY UPDATE""")
                .ToListAsync(cancellationToken);
            if (revision is not [var current])
            {
                return false;
            }
            Revision = current;
            _now = origin.At ?? clock.GetUtcNow().UtcDateTime;
            // The rows are validated against the areas and sources read here; locked, no other writer can delete one before this commits.
            await ExecuteAsync("""SELECT 1 FROM "Areas" FOR KEY SHARE; SELECT 1 FROM "Sources" FOR KEY SHARE""", cancellationToken);
            var indicators = await db.Indicators.Where(i => i.DatasetId == datasetId).Select(i => i.Code).ToListAsync(cancellationToken);
            References = await ObservationReferences.LoadAsync(db, datasetId, indicators, cancellationToken);
            // The same collation as the observations' columns, so that comparing them needs no conversion.
            await ExecuteAsync($"""
                CREATE TEMPORARY TABLE {Upload} (
                    "Position" integer NOT NULL,
                    "IndicatorCode" text COLLATE "C" NOT NULL, "AreaCode" text COLLATE "C" NOT NULL, "Period" text COLLATE "C" NOT NULL,
                    "Sex" text COLLATE "C" NOT NULL, "Value" double precision, "Status" text COLLATE "C" NOT NULL,
                    "NoteSv" text COLLATE "C", "NoteEn" text COLLATE "C", "SourceId" text COLLATE "C",
                    "Dimension1" text COLLATE "C" NOT NULL, "Dimension2" text COLLATE "C" NOT NULL, "Dimension3" text COLLATE "C" NOT NULL,
                    "Dimension4" text COLLATE "C" NOT NULL
                ) ON COMMIT DROP
                """, cancellationToken);
            return true;
        }

        public async Task WriteAsync(IReadOnlyList<ValidObservation> rows, CancellationToken cancellationToken)
        {
            // COPY's text format, a batch at a time: the binary importer's awaited call per field cost more than PostgreSQL's
            // own work on the row.
            _copy ??= await _connection.BeginTextImportAsync(
                $"""
                COPY {Upload} ("Position", "IndicatorCode", "AreaCode", "Period", "Sex", "Value", "Status", "NoteSv", "NoteEn", "SourceId",
                    "Dimension1", "Dimension2", "Dimension3", "Dimension4") FROM STDIN
                """,
                cancellationToken);
            _batch.Clear();
            var position = _rows;
            foreach (var row in rows)
            {
                _batch.Append(position++).Append('\t');
                CopyText.Append(_batch, row.Indicator).Append('\t');
                CopyText.Append(_batch, row.Area).Append('\t');
                CopyText.Append(_batch, row.Period).Append('\t');
                _batch.Append(KebabCase.ToName(row.Sex)).Append('\t');
                CopyText.Append(_batch, row.Value).Append('\t');
                _batch.Append(KebabCase.ToName(row.Status)).Append('\t');
                CopyText.Append(_batch, row.Note).Append('\t');
                CopyText.Append(_batch, row.NoteEn).Append('\t');
                CopyText.Append(_batch, row.Source);
                for (var i = 0; i < DatasetDimension.MaxPerDataset; i++)
                {
                    CopyText.Append(_batch.Append('\t'), row.DimensionAt(i));
                }
                _batch.Append('\n');
            }
            await _copy.WriteAsync(_batch, cancellationToken);
            _rows += rows.Count;
        }

        /// <summary>Asked only of an upload without rows (no COPY has begun, nothing is written), so the count is still the one at the start.</summary>
        public async Task<int> CountStoredAsync(CancellationToken cancellationToken)
        {
            await EndCopyAsync(cancellationToken);
            return await ScalarAsync<int>("""SELECT count(*)::int FROM "Observations" WHERE "DatasetId" = @dataset""", cancellationToken);
        }

        public async Task<ReplacedObservations?> CommitAsync(CancellationToken cancellationToken)
        {
            await EndCopyAsync(cancellationToken);
            await ExecuteAsync($"ANALYZE {Upload}", cancellationToken);
            // Both sides of every join below are a whole dataset: hash joins. The statistics of a table imports just filled
            // can be far off, and a nested loop chosen on them costs minutes instead of a second.
            await ExecuteAsync("SET LOCAL enable_nestloop = off", cancellationToken);
            // Room to sort a first load in memory (see the INSERT) and to hash a whole dataset for the joins.
            await ExecuteAsync("SET LOCAL work_mem = '256MB'", cancellationToken);
            // The upload's own source must exist before a row can refer to it; it is removed again if no new or changed row did.
            await ExecuteAsync("""
                INSERT INTO "Sources" ("Id", "Kind", "Title", "Language", "Publisher", "Published", "Url", "NoteSv", "NoteEn", "MentionedInId", "UpdatedAt", "SearchText", "SeedHash")
                VALUES (@upload, 'data-file', @title, 'sv', @publisher, @published, NULL, @note, @noteEn, NULL, @now, @search, NULL)
                """, cancellationToken,
                ("title", $"Uppladdning till {datasetId}, revision {NewRevision}"), ("publisher", origin.Publisher),
                ("published", _now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("note", "Observationer som utgivaren laddade upp utan egen källa."), ("noteEn", "Observations the publisher uploaded without a source of their own."),
                ("search", TextFolding.Fold(UploadSourceId, origin.Publisher)));

            var stored = await ScalarAsync<int>("""SELECT count(*)::int FROM "Observations" WHERE "DatasetId" = @dataset""", cancellationToken);
            var (changed, changedFromUpload, removed) = (0, 0, 0);
            if (stored > 0)
            {
                // Only what differs is written, so unchanged observations keep their ids (and cursors stay valid), and an
                // unchanged figure keeps the source it was first published from.
                (changed, changedFromUpload) = await CountedAsync($"""
                    UPDATE "Observations" o SET "Value" = u."Value", "Status" = u."Status", "NoteSv" = u."NoteSv", "NoteEn" = u."NoteEn",
                        "SourceId" = COALESCE(u."SourceId", CASE WHEN {FigureChanged} THEN @upload ELSE o."SourceId" END)
                    FROM {Upload} u
                    WHERE {SameKey} AND ({FigureChanged} OR u."SourceId" <> o."SourceId")
                    RETURNING o."SourceId"
                    """, cancellationToken);
                // Also the rows whose indicator the dataset no longer has: no written row has it.
                removed = await ExecuteAsync($"""
                    DELETE FROM "Observations" o
                    WHERE o."DatasetId" = @dataset AND NOT EXISTS (SELECT 1 FROM {Upload} u WHERE {SameKey})
                    """, cancellationToken);
            }
            // Keys are unique among the stored rows and among the written ones, so each stored row left matches one written
            // row and the other written rows are new. Into an empty dataset (a first load) they go in in the unique index's
            // order, which costs less than inserting into the index at random, unless the origin wants them numbered in the
            // order written; otherwise they are found by an anti-join, which a sort would turn into a merge join over every
            // stored row. A re-import without new rows inserts nothing.
            var kept = stored - removed;
            var (added, addedFromUpload) = (kept, _rows - kept) switch
            {
                (_, 0) => (0, 0),
                (0, _) => await CountedAsync($"""
                    INSERT INTO "Observations" ({InsertColumns})
                    SELECT {UploadColumns} FROM {Upload} u
                    ORDER BY {(origin.IdsInRowOrder ? "u.\"Position\"" : KeyOrder)}
                    RETURNING "SourceId"
                    """, cancellationToken),
                _ => await CountedAsync($"""
                    INSERT INTO "Observations" ({InsertColumns})
                    SELECT {UploadColumns} FROM {Upload} u
                    WHERE NOT EXISTS (SELECT 1 FROM "Observations" o WHERE {SameKey})
                    RETURNING "SourceId"
                    """, cancellationToken),
            };
            if (changedFromUpload + addedFromUpload == 0)
            {
                await ExecuteAsync("""DELETE FROM "Sources" WHERE "Id" = @upload""", cancellationToken);
            }
            // In a savepoint of the seeder's transaction neither the table nor the settings would end with this replacement.
            await ExecuteAsync($"DROP TABLE {Upload}; RESET enable_nestloop; RESET work_mem", cancellationToken);
            if (added + changed + removed == 0 && !origin.RevisionWhenUnchanged)
            {
                await _transaction!.CommitAsync(cancellationToken);
                return new ReplacedObservations(Revision, _rows, 0, 0, 0);
            }

            await ExecuteAsync("""
                INSERT INTO "DatasetRevisions" ("DatasetId", "Number", "CreatedAt", "RowsAdded", "RowsChanged", "RowsRemoved", "NoteSv", "NoteEn")
                VALUES (@dataset, @revision, @now, @added, @changed, @removed, @noteSv, @noteEn)
                """, cancellationToken,
                ("revision", NewRevision), ("added", added), ("changed", changed), ("removed", removed),
                ("noteSv", origin.NoteSv), ("noteEn", origin.NoteEn));
            // The dataset's row is locked since the replacement began, so the revision cannot have moved; checked all the same.
            var updated = await ExecuteAsync("""
                UPDATE "Datasets" SET "Revision" = @revision, "Modified" = @now, "UpdatedAt" = @now, "ObservationCount" = @count
                WHERE "Id" = @dataset AND "Revision" = @previous
                """, cancellationToken, ("revision", NewRevision), ("count", _rows), ("previous", Revision));
            if (updated != 1)
            {
                await _transaction!.RollbackAsync(cancellationToken);
                return null;
            }
            await _transaction!.CommitAsync(cancellationToken);
            return new ReplacedObservations(NewRevision, _rows, added, changed, removed);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_copy is not null)
                {
                    // An unfinished COPY is cancelled, not completed. Cancelling ends the writer's stream, so the writer is not
                    // disposed after it: that would flush what it buffers into the ended stream.
                    await _copy.CancelAsync();
                }
            }
            finally
            {
                try
                {
                    if (_transaction is not null)
                    {
                        // Rolls back unless committed.
                        await _transaction.DisposeAsync();
                    }
                }
                finally
                {
                    if (_connectionOpened)
                    {
                        await db.Database.CloseConnectionAsync();
                    }
                }
            }
        }

        private async Task EndCopyAsync(CancellationToken cancellationToken)
        {
            if (_copy is not null)
            {
                // Disposing the writer ends the COPY.
                await _copy.FlushAsync(cancellationToken);
                await _copy.DisposeAsync();
                _copy = null;
            }
        }

        /// <summary>Runs a data-modifying statement with RETURNING "SourceId": how many rows, and how many now name the upload.</summary>
        private async Task<(int Rows, int FromUpload)> CountedAsync(string sql, CancellationToken cancellationToken)
        {
            await using var command = Command($"""
                WITH written AS ({sql})
                SELECT count(*)::int, count(*) FILTER (WHERE "SourceId" = @upload)::int FROM written
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt32(0), reader.GetInt32(1));
        }

        private async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
        {
            await using var command = Command(sql);
            return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>A command in the replacement's transaction, with the parameters every statement may use and its own.</summary>
        private NpgsqlCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlCommand(sql, _connection, (NpgsqlTransaction)_transaction!.DbTransaction);
            command.Parameters.AddWithValue("dataset", datasetId);
            command.Parameters.AddWithValue("upload", UploadSourceId);
            command.Parameters.AddWithValue("now", _now);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            return command;
        }
    }
}

/// <summary>Fields in COPY's text format: tab-separated, \N for null, backslash escapes for what would end a field or a row.</summary>
internal static class CopyText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\\t\n\r");

    public static StringBuilder Append(StringBuilder line, string? text)
    {
        if (text is null)
        {
            return line.Append("\\N");
        }
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return line.Append(text);
        }
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => line.Append("\\\\"),
                '\t' => line.Append("\\t"),
                '\n' => line.Append("\\n"),
                '\r' => line.Append("\\r"),
                _ => line.Append(c),
            };
        }
        return line;
    }

    /// <summary>The shortest text that reads back as the same double.</summary>
    public static StringBuilder Append(StringBuilder line, double? value) =>
        value is { } number ? line.Append(number.ToString("R", CultureInfo.InvariantCulture)) : line.Append("\\N");
}
