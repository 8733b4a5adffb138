using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenData.Api.Data.Sqlite;

/// <summary>The context type SQLite's migrations belong to.</summary>
public sealed class SqliteOpenDataDbContext(DbContextOptions<SqliteOpenDataDbContext> options) : OpenDataDbContext(options)
{
    // SQLite cannot flatten the join of a link table and its records into the outer query of a single query, so it materialises
    // every link of the table on each execution: an organisation's detail took 580 µs as one statement, 126 µs as three.
    public override bool SplitsManyToManyCollections => true;

    public override bool ReadsSynchronously => true;
}

/// <summary>The embedded SQLite database: one file, the default, for one machine.</summary>
public sealed class SqliteDatabase(string path, int busyTimeoutSeconds) : IOpenDataDatabase
{
    /// <summary>The database file at <c>Database:Path</c>, relative to the content root.</summary>
    public static SqliteDatabase FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ConfigureLibrary();
        return new(
            System.IO.Path.GetFullPath(configuration["Database:Path"] ?? System.IO.Path.Combine("data", "opendata.db"), environment.ContentRootPath),
            // A locked database fails fast (and is answered 503) instead of holding the request for the default 30 s.
            configuration.GetValue("Database:BusyTimeoutSeconds", 5));
    }

    /// <summary>
    /// Puts the SQLite library in multi-thread mode without memory statistics, once per process and before its first connection
    /// (later it refuses, and stays as it was). By default every call into SQLite takes its connection's mutex and every
    /// allocation a global one: a million-row download makes some thirty million calls (a step and each column of each row),
    /// and without the mutexes it took a sixth less time. Multi-thread mode is safe as long as no connection is used by two
    /// threads at once, which ADO.NET connections and EF contexts never are.
    /// </summary>
    public static void ConfigureLibrary()
    {
        _ = LibraryConfigured.Value;
    }

    private static readonly Lazy<bool> LibraryConfigured = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD) == SQLitePCL.raw.SQLITE_OK
            & SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0) == SQLitePCL.raw.SQLITE_OK;
    });

    public string Path { get; } = path;

    public string Description => $"SQLite {Path}";

    public void AddContext(IServiceCollection services) =>
        services.AddDbContextPool<OpenDataDbContext, SqliteOpenDataDbContext>((provider, options) => options
            // Mode=ReadWrite: once the database exists, a missing file is an error (answered 503), never a new empty database.
            .UseSqlite($"Data Source={Path};Mode=ReadWrite;Default Timeout={busyTimeoutSeconds}")
            .AddInterceptors(new DatabaseFileGuard())
            .KeepingConnectionsAndStatements()
            .WithOpenDataDefaults(provider),
            // Each context kept in the pool keeps an open connection and its compiled statements (a few hundred KB); more
            // contexts than this in use at once are made and disposed as needed, rather than kept for a burst's sake.
            poolSize: RetainedContexts);

    /// <summary>How many idle contexts, with their connections, the pool keeps: more than two cores keep busy at once.</summary>
    public const int RetainedContexts = 32;

    public async Task<IAsyncDisposable> PrepareAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var create = new SqliteConnection($"Data Source={Path};Mode=ReadWriteCreate;Pooling=False");
        await create.OpenAsync(cancellationToken);
        // Readers don't block the writer (and the other way round) in write-ahead-log mode, which the file keeps. Pages of
        // 16 KiB rather than 4 take an eighth off a million-row import: a quarter of the B-tree pages to split, log and copy
        // back. SQLite takes the page size only while the file is still empty, so an existing database keeps its own.
        await using var wal = create.CreateCommand();
        wal.CommandText = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
        // SQLite runs on one machine; a second process starting on the same file (the import command) waits on SQLite's own
        // write lock, within the busy timeout.
        return NoLock.Instance;
    }

    /// <summary>
    /// Without statistics SQLite guesses which index narrows a query most: municipalities of a county went through the index
    /// on kind (290 rows) rather than county (26), 65 µs against 47 with statistics. <c>PRAGMA optimize</c> analyses only the
    /// tables that changed enough since their last analysis, each within a bounded number of rows, so it takes milliseconds.
    /// </summary>
    public Task RefreshStatisticsAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RefreshStatistics, cancellationToken);

    /// <summary>
    /// A deferred transaction: SQLite takes its snapshot at the first read and, in write-ahead-log mode, lets writers commit
    /// beside it. (Microsoft.Data.Sqlite's default, <c>BEGIN IMMEDIATE</c>, would take the write lock.) EF only borrows a
    /// transaction it did not begin, so ending the snapshot ends the transaction itself (the context keeps its connection open,
    /// see <see cref="KeptOpenSqliteConnection"/>; one returned to the pool with the transaction still open is closed).
    /// </summary>
    public async Task<IAsyncDisposable> BeginReadSnapshotAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    private sealed class ReadSnapshot(OpenDataDbContext db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            // Rolled back: it only read.
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>0x10002: every table, not only those this connection has queried (0x10000), analysed where it helps (0x02).</summary>
    public const string RefreshStatistics = "PRAGMA optimize=0x10002;";

    /// <summary>Busy (5), locked (6), disk I/O (10) and cannot-open (14, the file is gone) pass; the rest are bugs.</summary>
    public bool IsUnavailable(Exception exception) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 or 10 or 14 };

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>For <c>dotnet ef migrations add NAME --context SqliteOpenDataDbContext --output-dir Data/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOpenDataDbContext>
{
    public SqliteOpenDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOpenDataDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
