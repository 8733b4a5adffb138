using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OpenData.Api.Data.Postgres;

/// <summary>
/// The context type PostgreSQL's migrations belong to. Every text column, enums stored as names included, uses the "C"
/// collation: ids, codes and names compare and sort by code point exactly as on SQLite, whatever the server's locale.
/// </summary>
public sealed class PostgresOpenDataDbContext(DbContextOptions<PostgresOpenDataDbContext> options) : OpenDataDbContext(options)
{
    public const string Collation = "C";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string))
            {
                property.SetCollation(Collation);
            }
        }
    }
}

/// <summary>PostgreSQL at <c>ConnectionStrings:OpenData</c>: for several instances on one managed database.</summary>
public sealed class PostgresDatabase(string connectionString) : IOpenDataDatabase
{
    /// <summary>Any number; instances starting together take turns on it to migrate and seed.</summary>
    private const long StartupLock = 0x4F70656E44617461; // "OpenData"

    public static PostgresDatabase FromConfiguration(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("OpenData") is not { Length: > 0 } connectionString)
        {
            throw new InvalidOperationException("Database:Provider is postgres, but ConnectionStrings:OpenData is not set "
                                                + "(e.g. \"Host=db;Database=opendata;Username=opendata;Password=...\").");
        }
        // A write that waits for another's lock (an import of the same dataset) fails fast and is answered 503, as on SQLite.
        var lockTimeout = configuration.GetValue("Database:BusyTimeoutSeconds", 5);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"-c lock_timeout={lockTimeout}s {builder.Options}".Trim();
        // The same few statements run on every request: prepared once per connection, PostgreSQL neither parses nor plans them
        // again. Measured here, one organisation over REST went from 340-400 to 860-890 answers/s. "Max Auto Prepare=0" in
        // the connection string turns it off.
        if (!HasSetting(connectionString, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }
        // A connection back in the pool is not reset before its next use (DISCARD ALL, or with prepared statements Npgsql's
        // RESET ALL; CLOSE ALL; UNLISTEN *; … DISCARD TEMP): the API leaves no session state on one but its prepared statements.
        // Its settings are SET LOCAL or reset where they are made (the start's also when it fails), its temporary table drops
        // at commit, and an unfinished transaction is rolled back on return either way. Measured here, REST and GraphQL reads
        // of one organisation went from 3 300-4 000 to 3 700-4 800 answers/s. "No Reset On Close=false" turns it back on.
        if (!HasSetting(connectionString, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }
        return new PostgresDatabase(builder.ConnectionString);
    }

    /// <summary>Statements each connection keeps prepared: more than the distinct statements the API runs often.</summary>
    public const int AutoPreparedStatements = 100;

    public string ConnectionString { get; } = connectionString;

    private static bool HasSetting(string connectionString, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    public string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    public void AddContext(IServiceCollection services) =>
        services.AddDbContextPool<OpenDataDbContext, PostgresOpenDataDbContext>((provider, options) => options
            .UseNpgsql(ConnectionString)
            .WithOpenDataDefaults(provider));

    public async Task<IAsyncDisposable> PrepareAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it first.
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var release = new StartupLockRelease(db);
        try
        {
            // However long the other instance takes to migrate and seed.
            await db.Database.ExecuteSqlAsync($"SET lock_timeout = 0", cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);
            // Otherwise migrating a new database first reads the missing history table, and EF logs that failure as an error.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            return release;
        }
        catch
        {
            // Pooled connections are not reset: the lock and the setting must not stay on this one.
            await release.DisposeAsync();
            throw;
        }
    }

    /// <summary>Repeatable read: one snapshot, taken at the first statement; readers never block writers.</summary>
    public async Task<IAsyncDisposable> BeginReadSnapshotAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>PostgreSQL's autovacuum analyses a table once enough of it has changed.</summary>
    public Task RefreshStatisticsAsync(OpenDataDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Connection failures (class 08), an administrator's shutdown or a server still starting (57P), too many connections
    /// (53300), a lock not granted in time (55P03), a deadlock (40P01) and whatever Npgsql itself calls transient (timeouts,
    /// sockets) pass; the rest are bugs.
    /// </summary>
    public bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                           || postgres.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected;
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }
        return false;
    }

    private sealed class StartupLockRelease(OpenDataDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})");
            await db.Database.ExecuteSqlAsync($"RESET lock_timeout");
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>For <c>dotnet ef migrations add NAME --context PostgresOpenDataDbContext --output-dir Data/Migrations/Postgres</c>.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOpenDataDbContext>
{
    public PostgresOpenDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOpenDataDbContext>().UseNpgsql("Host=localhost;Database=opendata-design-time").Options);
}
