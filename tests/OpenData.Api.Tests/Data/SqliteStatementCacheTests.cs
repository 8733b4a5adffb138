using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data.Sqlite;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// SQLite contexts keep their connection open and its compiled statements between queries (<see cref="KeptOpenSqliteConnection"/>,
/// <see cref="SqliteStatementCache"/>). Tested on a small database of their own, whichever provider the suite runs on: what is
/// tested is the SQLite layer under EF.
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"opendata-statements-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    private sealed class Thing
    {
        public int Id { get; set; }
        public required string Name { get; set; }
    }

    private sealed class ThingsContext(DbContextOptions<ThingsContext> options) : DbContext(options)
    {
        public DbSet<Thing> Things => Set<Thing>();
    }

    public async Task InitializeAsync()
    {
        SqliteDatabase.ConfigureLibrary();
        _services = new ServiceCollection()
            // One pooled context, so that every scope below gets the same one back.
            .AddDbContextPool<ThingsContext>(options => options.UseSqlite($"Data Source={_path}").KeepingConnectionsAndStatements()
                .AddInterceptors(new ListingStatements()), poolSize: 1)
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThingsContext>();
        await db.Database.EnsureCreatedAsync();
        db.Things.AddRange(new Thing { Id = 1, Name = "one" }, new Thing { Id = 2, Name = "two" }, new Thing { Id = 3, Name = "three" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    /// <summary>Lets the tests list a connection's statements (SQLitePCL allows it only when asked as the connection opens).</summary>
    private sealed class ListingStatements : DbConnectionInterceptor
    {
        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
            ((SqliteConnection)connection).Handle!.enable_sqlite3_next_stmt(true);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }
    }

    private static Task<string> NameAsync(ThingsContext db, int id) => db.Things.Where(t => t.Id == id).Select(t => t.Name).SingleAsync();

    /// <summary>The statements compiled on the context's connection, by their SQL, as SQLite lists them.</summary>
    private static Dictionary<string, IntPtr> Statements(ThingsContext db) =>
        CompiledStatements(db).ToDictionary(s => SQLitePCL.raw.sqlite3_sql(s).utf8_to_string(), s => s.DangerousGetHandle());

    /// <summary>The statements compiled on the context's connection, as SQLite lists them.</summary>
    private static IEnumerable<SQLitePCL.sqlite3_stmt> CompiledStatements(ThingsContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        for (var statement = SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, null); statement is not null;
             statement = SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, statement))
        {
            yield return statement;
        }
    }

    /// <summary>How many times each of the connection's statements ran, and how many times SQLite compiled it again.</summary>
    private static Dictionary<string, (int Runs, int CompiledAgain)> TimesCompiledAgain(ThingsContext db)
    {
        // SQLITE_STMTSTATUS_REPREPARE and SQLITE_STMTSTATUS_RUN, which SQLitePCL does not name.
        const int Reprepare = 5, Run = 6;
        return CompiledStatements(db).ToDictionary(s => SQLitePCL.raw.sqlite3_sql(s).utf8_to_string(),
            s => (SQLitePCL.raw.sqlite3_stmt_status(s, Run, 0), SQLitePCL.raw.sqlite3_stmt_status(s, Reprepare, 0)));
    }

    private async Task<T> InScopeAsync<T>(Func<ThingsContext, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ThingsContext>());
    }

    [Fact]
    public async Task AQueryRunAgainInTheNextRequestRunsTheStatementCompiledTheFirstTimeWithTheNewArguments()
    {
        var (first, compiledFirst) = await InScopeAsync(async db => (await NameAsync(db, 1), Statements(db)));
        var (second, compiledSecond) = await InScopeAsync(async db => (await NameAsync(db, 2), Statements(db)));

        Assert.Equal("one", first);
        Assert.Equal("two", second);
        var query = Assert.Single(compiledFirst, s => s.Key.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.Equal(query.Value, compiledSecond[query.Key]);
    }

    [Fact]
    public async Task APageReadAgainWithAnotherLimitRunsTheStatementCompiledTheFirstTimeWithoutCompilingItAgain()
    {
        var (pages, recompiled) = await InScopeAsync(async db =>
        {
            var read = new List<string>();
            foreach (var limit in new[] { 1, 2, 3, 2 })
            {
                read.Add(string.Join(",", await db.Things.OrderBy(t => t.Id).Select(t => t.Name).Take(limit).ToListAsync()));
            }
            return (read, TimesCompiledAgain(db));
        });

        Assert.Equal(["one", "one,two", "one,two,three", "one,two"], pages);
        var page = Assert.Single(recompiled, s => s.Key.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Equal((Runs: 4, CompiledAgain: 0), page.Value);
    }

    [Fact]
    public async Task TheSameQueryRunWhileItsFirstReaderIsStillOpenGetsAStatementOfItsOwn()
    {
        var from = 2;
        var pairs = await InScopeAsync(async db =>
        {
            var read = new List<(string Outer, string Inner)>();
            await foreach (var name in db.Things.Where(t => t.Id >= from).OrderBy(t => t.Id).Select(t => t.Name).AsAsyncEnumerable())
            {
                var inner = await db.Things.Where(t => t.Id >= from).OrderBy(t => t.Id).Select(t => t.Name).ToListAsync();
                read.Add((name, string.Join(",", inner)));
            }
            return read;
        });

        Assert.Equal([("two", "two,three"), ("three", "two,three")], pairs);
    }

    [Fact]
    public async Task ATransactionLeftOpenOnTheConnectionEndsWhenTheContextGoesBackToThePool()
    {
        var before = await InScopeAsync(async db =>
        {
            // Begun on the connection, not through EF, and never ended: its snapshot starts with the first read.
            ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(null);
            return await db.Database.SqlQueryRaw<string>("""SELECT "Name" AS "Value" FROM "Things" WHERE "Id" = 1""").SingleAsync();
        });
        await using (var other = new SqliteConnection($"Data Source={_path}"))
        {
            await other.OpenAsync();
            await using var rename = other.CreateCommand();
            rename.CommandText = """UPDATE "Things" SET "Name" = 'uno' WHERE "Id" = 1""";
            await rename.ExecuteNonQueryAsync();
        }
        var after = await InScopeAsync(db => NameAsync(db, 1));

        Assert.Equal(("one", "uno"), (before, after));
    }

    [Fact]
    public async Task APragmaRunAgainTakesEffectAgain()
    {
        var sizes = await InScopeAsync(async db =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            async Task<long> CacheSizeAsync()
            {
                await using var read = connection.CreateCommand();
                read.CommandText = "PRAGMA cache_size";
                return (long)(await read.ExecuteScalarAsync())!;
            }
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -4000");
            var first = await CacheSizeAsync();
            await using (var change = connection.CreateCommand())
            {
                change.CommandText = "PRAGMA cache_size = -1000";
                await change.ExecuteNonQueryAsync();
            }
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -4000");
            return (first, again: await CacheSizeAsync());
        });

        Assert.Equal((-4000L, -4000L), sizes);
    }

    [Fact]
    public async Task AConnectionClosedUnderTheContextLetsGoOfItsStatementsAndTheNextQueryCompilesThemAgain()
    {
        var names = await InScopeAsync(async db =>
        {
            var before = await NameAsync(db, 1);
            await db.Database.GetDbConnection().CloseAsync();
            return (before, after: await NameAsync(db, 3), open: db.Database.GetDbConnection().State);
        });

        Assert.Equal(("one", "three", System.Data.ConnectionState.Open), names);
    }

    [Fact]
    public async Task AConnectionKeepsNoMoreStatementsThanTheLimitHoweverManyDifferentQueriesItRuns()
    {
        var (values, compiled) = await InScopeAsync(async db =>
        {
            var read = new List<int>();
            for (var i = 0; i < SqliteStatementCache.MaxStatementsPerConnection * 2; i++)
            {
                // Each a different SQL text: nothing to reuse.
#pragma warning disable EF1002 // The number is the loop's own.
                read.Add(await db.Database.SqlQueryRaw<int>($"SELECT {i} AS \"Value\"").SingleAsync());
#pragma warning restore EF1002
            }
            return (read, Statements(db).Count);
        });

        Assert.Equal(Enumerable.Range(0, SqliteStatementCache.MaxStatementsPerConnection * 2), values);
        Assert.InRange(compiled, 1, SqliteStatementCache.MaxStatementsPerConnection);
    }

    [Fact]
    public async Task AWriteThatFailedLeavesTheSameWriteWorkingNextTime()
    {
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => InScopeAsync(async db =>
        {
            db.Things.Add(new Thing { Id = 1, Name = "one again" });
            return await db.SaveChangesAsync();
        }));
        var written = await InScopeAsync(async db =>
        {
            db.Things.Add(new Thing { Id = 4, Name = "four" });
            return await db.SaveChangesAsync();
        });

        Assert.Contains("UNIQUE", duplicate.InnerException!.Message, StringComparison.Ordinal);
        Assert.Equal(1, written);
        Assert.Equal(["one", "four"], await InScopeAsync(async db => new[] { await NameAsync(db, 1), await NameAsync(db, 4) }));
    }

    [Fact]
    public async Task ACommandDisposedBeforeItsReaderDoesNotLeaveThatReaderOnTheNextRunOfItsSql()
    {
        var cache = new SqliteStatementCache();
        var names = await InScopeAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            System.Data.Common.DbCommand Wrapped()
            {
                var made = connection.CreateCommand();
                made.CommandText = "SELECT Name FROM Things ORDER BY Id";
                return cache.CommandInitialized(null!, made);
            }
            var first = Wrapped();
            var reader = await first.ExecuteReaderAsync();
            await reader.ReadAsync();
            var firstName = reader.GetString(0);
            // Disposed with its reader midway, as after a failure between the two.
            await first.DisposeAsync();
            await using var second = Wrapped();
            await using var again = await second.ExecuteReaderAsync();
            await again.ReadAsync();
            return (firstName, reader.IsClosed, again.GetString(0));
        });

        Assert.Equal(("one", true, "one"), names);
    }
}
