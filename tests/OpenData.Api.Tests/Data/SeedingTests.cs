using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Agreements;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>Each test seeds a database of its own, from its own copy of the seed files.</summary>
public sealed class SeedingTests : IDisposable
{
    private static readonly DateTimeOffset FirstRun = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondRun = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"opendata-seeding-{Guid.NewGuid():N}.db");
    private readonly string _seedPath = RepositoryPaths.CopySeedDirectory();

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        await using var first = await StartAsync(FirstRun);
        var before = await SnapshotAsync(first);

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync();
        }
        await first.DisposeAsync();
        await using var restarted = await StartAsync(SecondRun);

        Assert.Equal(before, await SnapshotAsync(restarted));
        Assert.Equal(FirstRun.UtcDateTime, await restarted.QueryAsync(db => db.Organisations.MaxAsync(o => o.UpdatedAt)));
    }

    [Fact]
    public async Task ARestartWithTheSameSeedFilesAndBuildReadsNoSeededTable()
    {
        await (await StartAsync(FirstRun)).DisposeAsync();

        await using var restarted = await StartAsync(SecondRun);

        Assert.DoesNotContain(restarted.Queries.Commands, command => command.Contains("\"Organisations\"", StringComparison.Ordinal));
        Assert.True(await restarted.QueryAsync(db => db.Organisations.AnyAsync()));
    }

    [Fact]
    public async Task AChangedSeedFileUpdatesOnlyTheRecordsThatChanged()
    {
        await using (var first = await StartAsync(FirstRun))
        {
            Assert.True(await first.QueryAsync(db => db.Organisations.AnyAsync(o => o.Id == "thrive-nyc")));
        }
        EditOrganisations(organisations =>
        {
            Find(organisations, "skr")["descriptionSv"] = "Ändrad beskrivning.";
            organisations.Remove(Find(organisations, "thrive-nyc"));
        });
        var population = Path.Combine(_seedPath, "reference", "population.csv");
        File.WriteAllText(population, File.ReadAllText(population).Replace("0114,municipality,Upplands Väsby,2024,50323,", "0114,municipality,Upplands Väsby,2024,50324,", StringComparison.Ordinal));

        await using var second = await StartAsync(SecondRun);

        var skr = await second.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == "skr"));
        Assert.Equal(("Ändrad beskrivning.", SecondRun.UtcDateTime), (skr.DescriptionSv, skr.UpdatedAt));
        Assert.Equal(FirstRun.UtcDateTime, await second.QueryAsync(db => db.Organisations.Where(o => o.Id == "staten").Select(o => o.UpdatedAt).SingleAsync()));
        Assert.Equal(1, await second.QueryAsync(db => db.Organisations.CountAsync(o => o.UpdatedAt == SecondRun.UtcDateTime)));

        Assert.False(await second.QueryAsync(db => db.Organisations.AnyAsync(o => o.Id == "thrive-nyc")));
        var deletion = await second.QueryAsync(db => db.Deletions.SingleAsync());
        Assert.Equal(("organisations", "thrive-nyc", SecondRun.UtcDateTime), (deletion.ResourceType, deletion.ResourceId, deletion.DeletedAt));

        var dataset = await second.QueryAsync(db => db.Datasets.Include(d => d.Revisions).SingleAsync(d => d.Id == "scb-folkmangd"));
        Assert.Equal(2, dataset.Revision);
        var revision = dataset.Revisions.Single(r => r.Number == 2);
        Assert.Equal((0, 1, 0), (revision.RowsAdded, revision.RowsChanged, revision.RowsRemoved));
        Assert.Equal(50324, await second.QueryAsync(db => db.Observations.Where(o => o.AreaCode == "0114").Select(o => o.Value).SingleAsync()));
    }

    [Fact]
    public async Task ASeedFileWithABrokenReferenceStopsStartupAndChangesNothing()
    {
        await using (var first = await StartAsync(FirstRun))
        {
        }
        EditOrganisations(organisations =>
        {
            Find(organisations, "staten")["descriptionSv"] = "Ska aldrig sparas.";
            Find(organisations, "skr")["sources"] = new JsonArray("no-such-source");
        });

        await using var broken = new OpenDataApiFactory(_databasePath, _seedPath, clock: new FixedTimeProvider(SecondRun));
        var error = Assert.Throws<SeedDataException>(() => broken.CreateClient());
        Assert.Contains("organisation 'skr' refers to 'no-such-source'", error.Message, StringComparison.Ordinal);

        await using var reader = new OpenDataApiFactory(_databasePath, seed: false);
        reader.CreateClient().Dispose();
        var staten = await reader.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == "staten"));
        Assert.NotEqual("Ska aldrig sparas.", staten.DescriptionSv);
        Assert.Equal(FirstRun.UtcDateTime, staten.UpdatedAt);
    }

    [Fact]
    public async Task AMisspeltPropertyInASeedFileIsReportedRatherThanIgnored()
    {
        EditOrganisations(organisations => Find(organisations, "skr")["nameSwedish"] = "typo");

        await using var factory = new OpenDataApiFactory(_databasePath, _seedPath);
        var error = Assert.Throws<SeedDataException>(() => factory.CreateClient());

        Assert.Contains("organisations.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("nameSwedish", error.Message, StringComparison.Ordinal);
    }

    private Task<OpenDataApiFactory> StartAsync(DateTimeOffset now)
    {
        var factory = new OpenDataApiFactory(_databasePath, _seedPath, clock: new FixedTimeProvider(now));
        factory.CreateClient().Dispose();
        return Task.FromResult(factory);
    }

    private static async Task<string> SnapshotAsync(OpenDataApiFactory factory) => await factory.QueryAsync(async db => string.Join("; ",
        $"sources {await db.Sources.CountAsync()} {await db.Sources.MaxAsync(s => s.UpdatedAt):O}",
        $"areas {await db.Areas.CountAsync()} {await db.Areas.MaxAsync(a => a.UpdatedAt):O}",
        $"organisations {await db.Organisations.CountAsync()} {await db.Organisations.MaxAsync(o => o.UpdatedAt):O}",
        $"agreements {await db.Agreements.CountAsync()} allocations {await db.Allocations.CountAsync()}",
        $"networks {await db.Networks.CountAsync()} memberships {await db.Memberships.CountAsync()} events {await db.NetworkEvents.CountAsync()}",
        $"resource centres {await db.ResourceCentres.CountAsync()}",
        $"datasets {await db.Datasets.CountAsync()} revisions {await db.Datasets.SumAsync(d => d.Revision)} observations {await db.Observations.CountAsync()}",
        $"deletions {await db.Deletions.CountAsync()}"));

    private void EditOrganisations(Action<JsonArray> edit)
    {
        var path = Path.Combine(_seedPath, "organisations.json");
        var organisations = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsArray();
        edit(organisations);
        File.WriteAllText(path, organisations.ToJsonString());
    }

    private static JsonObject Find(JsonArray records, string id) =>
        records.OfType<JsonObject>().Single(r => (string?)r["id"] == id);

    public void Dispose()
    {
        new TestDatabase(_databasePath).Delete();
        Directory.Delete(_seedPath, recursive: true);
    }
}
