using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Data.Sqlite;
using OpenData.Api.Text;
using SQLitePCL;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// The SQLite <see cref="IObservationStore"/>. A replacement opens a write transaction on the context's connection, reads the
/// dataset's stored observations into memory by key and diffs each written row against them there: a new row is inserted, a
/// changed one updated in place, an unchanged one left alone; the stored rows no written row matched are deleted at commit.
/// Rows go straight to SQLite through prepared statements. Everything SQLite-specific about imports is in this file: the
/// PRAGMAs, the SQL and SQLitePCL.
/// </summary>
public sealed class SqliteObservationStore(OpenDataDbContext db, TimeProvider clock) : IObservationStore
{
    public Task<IObservationReplacement?> BeginReplaceAsync(string datasetId, ReplacementOrigin origin, CancellationToken cancellationToken) =>
        ObservationReplacement.BeginAsync(new Replacement(db, clock, datasetId, origin), cancellationToken);

    private sealed class Replacement(OpenDataDbContext db, TimeProvider clock, string datasetId, ReplacementOrigin origin) : IStartableReplacement
    {
        private bool _connectionOpened;
        private bool _foreignKeysOff;
        private long? _cacheSizeBefore;
        private ReplacementTransaction? _transaction;
        private DbConnection _connection = null!;
        private DbTransaction _tx = null!;
        private ObservationStatements? _statements;
        private Dictionary<UInt128, StoredObservation> _existing = null!;
        private List<long> _orphans = null!;
        private int _stored, _rows, _added, _changed;
        private bool _uploadSourceWritten;
        private DateTime _now;

        public int Revision { get; private set; }

        public ObservationReferences References { get; private set; } = null!;

        private int NewRevision => Revision + 1;

        /// <summary>Rows that name no source come from this upload: it becomes their source, with the publisher's name.</summary>
        private string UploadSourceId { get; set; } = null!;

        public async Task<bool> BeginAsync(CancellationToken cancellationToken)
        {
            _connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            _connectionOpened = true;
            // A large page cache keeps the index B-tree in memory while a million rows go in.
            await using (var cacheSize = _connection.CreateCommand())
            {
                cacheSize.CommandText = "PRAGMA cache_size";
                _cacheSizeBefore = Convert.ToInt64(await cacheSize.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
            // Foreign keys are checked by ObservationValidator rather than by SQLite row by row: every reference is validated
            // against the indicators, areas and sources read inside this write transaction, which no other writer can change
            // before it commits. SQLite ignores the PRAGMA inside a transaction, so in the seeder's they stay checked.
            if (db.Database.CurrentTransaction is null)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", cancellationToken);
                _foreignKeysOff = true;
            }
            _transaction = await ReplacementTransaction.BeginAsync(db.Database, cancellationToken);
            _tx = _transaction.DbTransaction;
            var dataset = await db.Datasets.Where(d => d.Id == datasetId)
                .Select(d => new { d.Revision, d.ObservationCount, Indicators = d.Indicators.Select(i => i.Code).ToList() })
                .SingleOrDefaultAsync(cancellationToken);
            if (dataset is null)
            {
                return false;
            }
            _now = origin.At ?? clock.GetUtcNow().UtcDateTime;
            Revision = dataset.Revision;
            UploadSourceId = $"upload-{datasetId}-r{NewRevision}";
            References = await ObservationReferences.LoadAsync(db, datasetId, dataset.Indicators, cancellationToken);
            _statements = new ObservationStatements((SqliteConnection)_connection, datasetId);
            _existing = new(dataset.ObservationCount);
            _orphans = [];
            _statements.ReadStored(References, _existing, _orphans);
            _stored = _existing.Count + _orphans.Count;
            return true;
        }

        public Task WriteAsync(IReadOnlyList<ValidObservation> rows, CancellationToken cancellationToken)
        {
            var statements = _statements!;
            foreach (var row in rows)
            {
                // Only what differs is written, so unchanged observations keep their ids (and cursors stay valid),
                // and an unchanged figure keeps the source it was first published from.
                _rows++;
                if (!_existing.Remove(row.Key, out var current))
                {
                    statements.Insert(row, row.Source ?? UploadSource());
                    _added++;
                    continue;
                }
                var figureChanged = current.Value != row.Value || current.Status != row.Status || current.NoteSv != row.Note || current.NoteEn != row.NoteEn;
                var source = row.Source ?? (figureChanged ? UploadSource() : current.SourceId);
                if (figureChanged || source != current.SourceId)
                {
                    statements.Update(current.Id, row, source);
                    _changed++;
                }
            }
            return Task.CompletedTask;
        }

        public Task<int> CountStoredAsync(CancellationToken cancellationToken) => Task.FromResult(_stored);

        public async Task<ReplacedObservations?> CommitAsync(CancellationToken cancellationToken)
        {
            foreach (var id in _existing.Values.Select(e => e.Id).Concat(_orphans))
            {
                _statements!.Delete(id);
            }
            var removed = _existing.Count + _orphans.Count;
            if (_added + _changed + removed == 0 && !origin.RevisionWhenUnchanged)
            {
                await _transaction!.CommitAsync(cancellationToken);
                return new ReplacedObservations(Revision, _rows, 0, 0, 0);
            }
            Execute("""
                INSERT INTO DatasetRevisions (DatasetId, Number, CreatedAt, RowsAdded, RowsChanged, RowsRemoved, NoteSv, NoteEn)
                    VALUES ($d, $revision, $now, $added, $changed, $removed, $noteSv, $noteEn);
                """,
                ("$d", datasetId), ("$revision", NewRevision), ("$now", _now), ("$added", _added), ("$changed", _changed), ("$removed", removed),
                ("$noteSv", origin.NoteSv), ("$noteEn", origin.NoteEn));
            // The revision check makes concurrent writers safe: only the first to commit moves the revision on.
            var updated = Execute("""
                UPDATE Datasets SET Revision = $revision, Modified = $now, UpdatedAt = $now, ObservationCount = $count
                WHERE Id = $d AND Revision = $previous
                """, ("$revision", NewRevision), ("$now", _now), ("$count", _rows), ("$d", datasetId), ("$previous", Revision));
            if (updated != 1)
            {
                await _transaction!.RollbackAsync(cancellationToken);
                return null;
            }
            await _transaction!.CommitAsync(cancellationToken);
            RefreshStatistics();
            return new ReplacedObservations(NewRevision, _rows, _added, _changed, removed);
        }

        public async ValueTask DisposeAsync()
        {
            _statements?.Dispose();
            if (_transaction is not null)
            {
                // Rolls back unless committed.
                await _transaction.DisposeAsync();
            }
            if (_foreignKeysOff)
            {
                // The connection goes back to the pool: it must enforce foreign keys again for whoever uses it next.
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", CancellationToken.None);
            }
            if (_cacheSizeBefore is { } cacheSize)
            {
                // A pooled connection would otherwise keep up to 256 MB of cached pages for as long as it lives.
                await using var restore = _connection.CreateCommand();
                restore.CommandText = "PRAGMA cache_size = " + cacheSize.ToString(CultureInfo.InvariantCulture);
                await restore.ExecuteNonQueryAsync(CancellationToken.None);
            }
            if (_connectionOpened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        private string UploadSource()
        {
            if (!_uploadSourceWritten)
            {
                Execute("""
                    INSERT INTO Sources (Id, Kind, Title, Language, Publisher, Published, Url, NoteSv, NoteEn, MentionedInId, UpdatedAt, SearchText, SeedHash)
                    VALUES ($id, 'data-file', $title, 'sv', $publisher, $published, NULL, $note, $noteEn, NULL, $now, $search, NULL)
                    """,
                    ("$id", UploadSourceId), ("$title", $"Uppladdning till {datasetId}, revision {NewRevision}"), ("$publisher", origin.Publisher),
                    ("$published", _now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("$note", "Observationer som utgivaren laddade upp utan egen källa."), ("$noteEn", "Observations the publisher uploaded without a source of their own."),
                    ("$now", _now), ("$search", TextFolding.Fold(UploadSourceId, origin.Publisher)));
                _uploadSourceWritten = true;
            }
            return UploadSourceId;
        }

        /// <summary>
        /// The planner's statistics after the dataset changed (<see cref="SqliteDatabase.RefreshStatisticsAsync"/>). The import
        /// has committed by then, so a failure here (another writer holding the lock) must not report it failed; the next
        /// import or start refreshes them.
        /// </summary>
        private void RefreshStatistics()
        {
            try
            {
                using var command = _connection.CreateCommand();
                command.CommandText = SqliteDatabase.RefreshStatistics;
                command.ExecuteNonQuery();
            }
            catch (DbException)
            {
            }
        }

        private int Execute(string sql, params (string Name, object Value)[] parameters)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteNonQuery();
        }

        private DbCommand Command(string sql, (string Name, object Value)[] parameters)
        {
            var command = _connection.CreateCommand();
            command.Transaction = _tx;
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

    private readonly record struct StoredObservation(long Id, double? Value, ObservationStatus Status, string? NoteSv, string? NoteEn, string SourceId);

    /// <summary>
    /// Prepared statements for writing observations one by one, on the replacement's connection and so inside its transaction.
    /// They go straight to SQLite, binding by position: ADO.NET's per-command work (a reader, parameters looked up by name)
    /// cost more than SQLite's own work per row.
    /// </summary>
    private sealed class ObservationStatements : IDisposable
    {
        private readonly sqlite3 _database;
        private const int MaxCachedCodes = 100_000;
        private const int CodeBuffer = 4 * Limits.IdLength;
        private readonly string _datasetId;
        private readonly sqlite3_stmt _insert, _update, _delete;
        private readonly Dictionary<string, byte[]> _utf8 = new(ReferenceEqualityComparer.Instance);
        /// <summary>The text each parameter of the insert holds, by its index; at first none (a null would be a text: NULL).</summary>
        private readonly object?[] _insertBound = [.. Enumerable.Repeat(new object(), 15)];

        public ObservationStatements(SqliteConnection connection, string datasetId)
        {
            _database = connection.Handle!;
            _datasetId = datasetId;
            _insert = Prepare("""
                INSERT INTO Observations (DatasetId, IndicatorCode, AreaCode, Period, Sex, Value, Status, NoteSv, NoteEn, SourceId,
                    Dimension1, Dimension2, Dimension3, Dimension4)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                """);
            raw.sqlite3_bind_text(_insert, 1, datasetId);
            _update = Prepare("UPDATE Observations SET Value = ?1, Status = ?2, NoteSv = ?3, NoteEn = ?4, SourceId = ?5 WHERE Id = ?6");
            _delete = Prepare("DELETE FROM Observations WHERE Id = ?1");
        }

        /// <summary>
        /// The dataset's observations as stored, by key; orphans are rows whose indicator the dataset no longer has. The key
        /// columns are looked up as read, without making strings of them: a re-import reads a million rows before it writes one.
        /// </summary>
        public void ReadStored(ObservationReferences references, Dictionary<UInt128, StoredObservation> existing, List<long> orphans)
        {
            using var select = Prepare(StoredRowsQuery());
            raw.sqlite3_bind_text(select, 1, _datasetId);
            Span<char> indicator = stackalloc char[CodeBuffer], area = stackalloc char[CodeBuffer], period = stackalloc char[CodeBuffer], code = stackalloc char[CodeBuffer];
            Span<char> dimension1 = stackalloc char[CodeBuffer], dimension2 = stackalloc char[CodeBuffer], dimension3 = stackalloc char[CodeBuffer],
                dimension4 = stackalloc char[CodeBuffer];
            int result;
            while ((result = raw.sqlite3_step(select)) == raw.SQLITE_ROW)
            {
                var id = raw.sqlite3_column_int64(select, 0);
                var sex = KebabCase.Parse<Sex>(Text(select, 4, code));
                if (references.KeyOf(Text(select, 1, indicator), Text(select, 2, area), Text(select, 3, period), sex,
                        Text(select, 10, dimension1), Text(select, 11, dimension2), Text(select, 12, dimension3), Text(select, 13, dimension4)) is not { } key)
                {
                    orphans.Add(id);
                    continue;
                }
                existing[key] = new StoredObservation(id,
                    raw.sqlite3_column_type(select, 5) == raw.SQLITE_NULL ? null : raw.sqlite3_column_double(select, 5),
                    KebabCase.Parse<ObservationStatus>(Text(select, 6, code)),
                    NullableText(select, 7), NullableText(select, 8), references.Shared(Text(select, 9, code)));
            }
            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }
        }

        /// <summary>
        /// The query for the dataset's stored rows. Through the key index every row costs a seek into the table; where the
        /// dataset's rows lie close together by id (as an import writes them), a scan of their id range reads the table in order
        /// instead, in half the time for a million rows.
        /// </summary>
        private string StoredRowsQuery()
        {
            const string columns = "Id, IndicatorCode, AreaCode, Period, Sex, Value, Status, NoteSv, NoteEn, SourceId, Dimension1, Dimension2, Dimension3, Dimension4";
            using var range = Prepare("SELECT count(*), min(Id), max(Id) FROM Observations WHERE DatasetId = ?1");
            raw.sqlite3_bind_text(range, 1, _datasetId);
            Check(raw.sqlite3_step(range) == raw.SQLITE_ROW ? raw.SQLITE_OK : raw.sqlite3_errcode(_database));
            var (count, first, last) = (raw.sqlite3_column_int64(range, 0), raw.sqlite3_column_int64(range, 1), raw.sqlite3_column_int64(range, 2));
            return Observation.LieTogether(count, first, last)
                ? $"SELECT {columns} FROM Observations NOT INDEXED WHERE Id BETWEEN {first} AND {last} AND DatasetId = ?1"
                : $"SELECT {columns} FROM Observations WHERE DatasetId = ?1";
        }

        public void Insert(ValidObservation row, string source)
        {
            BindInsert(2, row.Indicator);
            BindInsert(3, row.Area);
            BindInsert(4, row.Period);
            BindInsert(5, KebabCase.ToName(row.Sex));
            Bind(_insert, 6, row.Value);
            BindInsert(7, KebabCase.ToName(row.Status));
            BindInsert(8, row.Note, code: false);
            BindInsert(9, row.NoteEn, code: false);
            BindInsert(10, source);
            for (var i = 0; i < DatasetDimension.MaxPerDataset; i++)
            {
                BindInsert(11 + i, row.DimensionAt(i));
            }
            Run(_insert);
        }

        /// <summary>
        /// Binds a text of the insert unless the row before bound the same instance there: a statement keeps its bindings from one
        /// row to the next, and most of a row's codes (indicator, status, source, a dataset's missing dimensions) and its notes
        /// (mostly none) are the ones the row before had. Each binding skipped is a call into SQLite, and a lock and unlock of its
        /// mutex, saved.
        /// </summary>
        private void BindInsert(int index, string? text, bool code = true)
        {
            if (ReferenceEquals(_insertBound[index], text))
            {
                return;
            }
            if (code && text is not null)
            {
                BindCode(_insert, index, text);
            }
            else
            {
                Bind(_insert, index, text);
            }
            _insertBound[index] = text;
        }

        public void Update(long id, ValidObservation row, string source)
        {
            Bind(_update, 1, row.Value);
            BindCode(_update, 2, KebabCase.ToName(row.Status));
            Bind(_update, 3, row.Note);
            Bind(_update, 4, row.NoteEn);
            BindCode(_update, 5, source);
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

        /// <summary>A text column decoded into a buffer; one longer than the buffer (no code is) becomes a string of its own.</summary>
        private static ReadOnlySpan<char> Text(sqlite3_stmt statement, int column, Span<char> buffer)
        {
            var utf8 = raw.sqlite3_column_blob(statement, column);
            return utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8);
        }

        private static string? NullableText(sqlite3_stmt statement, int column) =>
            raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

        private sqlite3_stmt Prepare(string sql)
        {
            Check(raw.sqlite3_prepare_v2(_database, sql, out var statement));
            return statement;
        }

        /// <summary>
        /// Binds a code by its UTF-8 bytes, encoded once per code rather than once per row. Codes are the references' shared
        /// instances (<see cref="ObservationReferences.Shared(string)"/>), enum names and the source ids, so they are looked up by
        /// reference; the cache stops growing should a caller pass fresh strings.
        /// </summary>
        private void BindCode(sqlite3_stmt statement, int index, string code)
        {
            if (!_utf8.TryGetValue(code, out var bytes))
            {
                bytes = Encoding.UTF8.GetBytes(code);
                if (_utf8.Count < MaxCachedCodes)
                {
                    _utf8[code] = bytes;
                }
            }
            raw.sqlite3_bind_text(statement, index, bytes);
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
}
