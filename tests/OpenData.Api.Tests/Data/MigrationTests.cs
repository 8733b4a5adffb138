using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Organisations;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrationsCreateEveryTableInAnEmptyDatabase()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();

            var (applied, pending, all) = await factory.QueryAsync(async db => (
                (await db.Database.GetAppliedMigrationsAsync()).ToList(),
                (await db.Database.GetPendingMigrationsAsync()).ToList(),
                db.Database.GetMigrations().ToList()));
            var tables = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>(TestDatabase.OnPostgres
                ? "SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = 'public'"
                : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync());
            var entityTables = await factory.QueryAsync(db => Task.FromResult(
                db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList()));

            Assert.NotEmpty(all);
            Assert.Equal(all, applied);
            Assert.Empty(pending);
            Assert.All(entityTables, table => Assert.Contains(table, tables));
            Assert.Equal(0, await factory.QueryAsync(db => db.Organisations.CountAsync()));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task PendingMigrationsAreThoseMissingFromTheHistoryTableAsEfCountsThem()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();
            async Task<(List<string> Ours, List<string> Efs)> Pending() => await factory.QueryAsync(async db =>
                (await db.Database.PendingMigrationsAsync(), (await db.Database.GetPendingMigrationsAsync()).ToList()));
            var all = await factory.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));

            var migrated = await Pending();
            await factory.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {all[^1]}"));
            var oneRemoved = await Pending();
            await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\""));
            var noHistory = await Pending();

            Assert.Empty(migrated.Ours);
            Assert.Empty(migrated.Efs);
            Assert.Equal([all[^1]], oneRemoved.Ours);
            Assert.Equal(oneRemoved.Efs, oneRemoved.Ours);
            Assert.Equal(all, noHistory.Ours);
            Assert.Equal(noHistory.Efs, noHistory.Ours);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task ReadingThePendingMigrationsLeavesTheCallersConnectionAndTransactionAsTheyWere()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();

            var (pending, state, inTransaction) = await factory.QueryAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var pending = await db.Database.PendingMigrationsAsync();
                var inTransaction = await db.Organisations.CountAsync();
                await transaction.CommitAsync();
                return (pending, db.Database.GetDbConnection().State, inTransaction);
            });

            Assert.Empty(pending);
            Assert.Equal(System.Data.ConnectionState.Open, state);
            Assert.Equal(0, inTransaction);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [PostgresFact("none, SQLite has no schemas")]
    public async Task AHistoryTableFoundByTheSearchPathIsReadEvenWhenTheLoginHasASchemaOfItsOwn()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            using var client = factory.CreateClient();
            // PostgreSQL's default search path ("$user", public) puts a schema named after the login first once it exists.
            await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DO $$ BEGIN EXECUTE format('CREATE SCHEMA %I', current_user); END $$"));

            var pending = await factory.QueryAsync(db => db.Database.PendingMigrationsAsync());
            var ready = await client.GetAsync("/health/ready");

            Assert.Empty(pending);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task AMigrationMissingFromTheHistoryMakesTheInstanceNotReady()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            using var client = factory.CreateClient();
            var latest = await factory.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
            await factory.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}"));

            var response = await client.GetAsync("/health/ready");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("migrations").GetString());
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [SqliteFact("none, PostgreSQL's block size is fixed when the server is built")]
    public async Task ANewDatabaseFileHasSixteenKibibytePagesAndAWriteAheadLog()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();

            var pageSize = await factory.QueryAsync(db => db.Database.SqlQueryRaw<long>("SELECT page_size AS \"Value\" FROM pragma_page_size").SingleAsync());
            var journalMode = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync());

            Assert.Equal((16384, "wal"), (pageSize, journalMode));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task TheModelHasNoChangesMissingFromTheMigrations()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            var hasChanges = await factory.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

            var provider = TestDatabase.OnPostgres ? "Postgres" : "Sqlite";
            Assert.False(hasChanges, $"Run 'dotnet ef migrations add <Name> --project src/OpenData.Api --context {provider}OpenDataDbContext "
                                     + $"--output-dir Data/Migrations/{provider} --namespace OpenData.Api.Data.Migrations.{provider}'.");
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
