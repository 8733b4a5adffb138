using Microsoft.EntityFrameworkCore;
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
