using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets.Importing;

/// <summary>
/// The store of the provider the suite runs on, begun inside a transaction the caller already holds (as the seeder does):
/// the replacement is a savepoint of it. Each test has a database of its own.
/// </summary>
public sealed class ObservationStoreTests : OwnDatabaseTests
{
    private const string Dataset = "scb-folkmangd";
    private static readonly DateTime SeedRun = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public async Task AReplacementLeftUncommittedInsideTheCallersTransactionUndoesOnlyItsOwnWrites()
    {
        var before = await StateAsync();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CallerWritesAsync(db, "Written before the replacement");

            await using (var replacement = await BeginAsync(scope))
            {
                await replacement.WriteAsync([Row(replacement.References, "2099", 1)], CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        Assert.Equal(before with { Title = "Written before the replacement" }, await StateAsync());
    }

    [Fact]
    public async Task AReplacementCommittedInsideTheCallersTransactionLastsOnlyIfTheCallerCommits()
    {
        var before = await StateAsync();
        foreach (var callerCommits in new[] { false, true })
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using (var replacement = await BeginAsync(scope))
            {
                await replacement.WriteAsync([Row(replacement.References, "2099", 1)], CancellationToken.None);
                Assert.Equal(new ReplacedObservations(before.Revision + 1, 1, 1, 0, before.Observations), await replacement.CommitAsync(CancellationToken.None));
            }
            if (callerCommits)
            {
                await transaction.CommitAsync();
            }
        }

        Assert.Equal(new State(before.Revision + 1, 1, before.Title, "Inläst från test.csv."), await StateAsync());
        Assert.Equal(SeedRun, await Factory.QueryAsync(db => db.Set<DatasetRevision>().Where(r => r.DatasetId == Dataset).OrderByDescending(r => r.Number).Select(r => r.CreatedAt).FirstAsync()));
    }

    [Fact]
    public async Task AFailedWriteInsideTheCallersTransactionIsUndoneAndTheCallerGoesOn()
    {
        var before = await StateAsync();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CallerWritesAsync(db, "Written before the replacement");

            await using (var replacement = await BeginAsync(scope))
            {
                // Validated rows only name known sources; this one reaches the database, whose reference check refuses it.
                var unknownSource = Row(replacement.References, "2099", 1) with { Source = replacement.References.Shared("no-such-source") };
                await Assert.ThrowsAnyAsync<DbException>(async () =>
                {
                    await replacement.WriteAsync([unknownSource], CancellationToken.None);
                    await replacement.CommitAsync(CancellationToken.None);
                });
            }

            await CallerWritesAsync(db, "Written after it");
            await transaction.CommitAsync();
        }

        Assert.Equal(before with { Title = "Written after it" }, await StateAsync());
    }

    [Fact]
    public async Task AReloadThatChangesNothingRecordsNoRevisionButAnUploadDoes()
    {
        var before = await StateAsync();
        var rows = await Factory.QueryAsync(db => db.Observations.Where(o => o.DatasetId == Dataset).ToListAsync());

        foreach (var origin in new[] { ReplacementOrigin.SeedFile("test.csv", SeedRun), ReplacementOrigin.Upload("test") })
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await using var replacement = await BeginAsync(scope, origin);
            await replacement.WriteAsync([.. rows.Select(o => Row(replacement.References, o.AreaCode, o.Period, o.Value, o.Status, o.NoteSv, o.NoteEn, o.SourceId))],
                CancellationToken.None);
            var written = await replacement.CommitAsync(CancellationToken.None);

            Assert.Equal((0, 0, 0), (written!.RowsAdded, written.RowsChanged, written.RowsRemoved));
        }

        Assert.Equal(before with { Revision = before.Revision + 1, LastNote = "Uppladdad av test." }, await StateAsync());
    }

    [Fact]
    public async Task AReplacementHandsItsConnectionBackWithTheSettingsANewConnectionHas()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        // Held open by the test, the connection stays the same one across the replacement instead of going back to the pool.
        await db.Database.OpenConnectionAsync();

        await using (var replacement = await BeginAsync(scope, ReplacementOrigin.Upload("test")))
        {
            await replacement.WriteAsync([Row(replacement.References, "2099", 1)], CancellationToken.None);
            Assert.NotNull(await replacement.CommitAsync(CancellationToken.None));
        }

        var connection = db.Database.GetDbConnection();
        await using var fresh = (DbConnection)Activator.CreateInstance(connection.GetType())!;
        fresh.ConnectionString = db.Database.GetConnectionString() + ";Pooling=False";
        await fresh.OpenAsync();
        Assert.Equal(await SettingsAsync(fresh), await SettingsAsync(connection));
    }

    /// <summary>What a store may change on a connection for the length of a write: its page cache, checks and planner settings.</summary>
    private static async Task<string> SettingsAsync(DbConnection connection)
    {
        var settings = new List<string>();
        var names = TestDatabase.OnPostgres ? new[] { "SHOW work_mem", "SHOW enable_nestloop" } : ["PRAGMA cache_size", "PRAGMA foreign_keys", "PRAGMA temp_store"];
        foreach (var name in names)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = name;
            settings.Add($"{name} = {await command.ExecuteScalarAsync()}");
        }
        return string.Join("; ", settings);
    }

    /// <summary>The caller's own write in its transaction, beside the replacement: the dataset's English title.</summary>
    private static Task CallerWritesAsync(OpenDataDbContext db, string title) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "Datasets" SET "TitleEn" = {title} WHERE "Id" = {Dataset}""");

    private static async Task<IObservationReplacement> BeginAsync(AsyncServiceScope scope, ReplacementOrigin? origin = null) =>
        await scope.ServiceProvider.GetRequiredService<IObservationStore>()
            .BeginReplaceAsync(Dataset, origin ?? ReplacementOrigin.SeedFile("test.csv", SeedRun), CancellationToken.None)
        ?? throw new InvalidOperationException($"No dataset {Dataset}.");

    private static ValidObservation Row(ObservationReferences references, string period, double value) =>
        Row(references, "00", period, value, ObservationStatus.Published, null, null, "scb-folkmangd-2024-page");

    private static ValidObservation Row(ObservationReferences references, string area, string period, double? value, ObservationStatus status,
        string? noteSv, string? noteEn, string source) =>
        new(references.KeyOf("FOLKMANGD", area, period, Sex.Total, [])!.Value, references.Shared("FOLKMANGD"), references.Shared(area),
            references.Shared(period), Sex.Total, value, status, noteSv, noteEn, references.Shared(source), []);

    private Task<State> StateAsync() => Factory.QueryAsync(async db =>
    {
        var dataset = await db.Datasets.Where(d => d.Id == Dataset).Select(d => new { d.Revision, d.TitleEn }).SingleAsync();
        var lastNote = await db.Set<DatasetRevision>().Where(r => r.DatasetId == Dataset).OrderByDescending(r => r.Number).Select(r => r.NoteSv).FirstAsync();
        return new State(dataset.Revision, await db.Observations.CountAsync(o => o.DatasetId == Dataset), dataset.TitleEn, lastNote);
    });

    private sealed record State(int Revision, int Observations, string? Title, string? LastNote);
}
