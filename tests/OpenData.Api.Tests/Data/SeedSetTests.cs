using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenData.Api.Data;
using OpenData.Api.Data.Seeding;
using OpenData.Api.Sources;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Data;

/// <summary>The generic sync of one seed set, over a seed set of sources whose entries the test chooses.</summary>
public sealed class SeedSetTests
{
    private static readonly DateTime FirstRun = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SecondRun = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AChangedAnUnchangedAndARemovedEntryGiveOneUpdateNoWriteAndOneTombstone()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            factory.CreateClient().Dispose();
            await SyncAsync(factory, FirstRun, [new("unchanged", "Same"), new("changed", "Before"), new("removed", "Gone")]);

            await SyncAsync(factory, SecondRun, [new("unchanged", "Same"), new("changed", "After")]);

            var sources = await factory.QueryAsync(db => db.Sources.OrderBy(s => s.Id).Select(s => new { s.Id, s.Title, s.UpdatedAt }).ToListAsync());
            Assert.Equal([new { Id = "changed", Title = "After", UpdatedAt = SecondRun }, new { Id = "unchanged", Title = "Same", UpdatedAt = FirstRun }], sources);
            var deletion = Assert.Single(await factory.QueryAsync(db => db.Deletions.ToListAsync()));
            Assert.Equal(("sources", "removed", SecondRun), (deletion.ResourceType, deletion.ResourceId, deletion.DeletedAt));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task SeedSetsRunAfterTheRecordsTheyReferTo()
    {
        await using var factory = new OpenDataApiFactory(seed: false);
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();

            var order = SeedSetOrder.Sort(scope.ServiceProvider.GetServices<ISeedSet>()).Select(s => s.ResourceType);

            Assert.Equal(["sources", "areas", "organisations", "agreements", "datasets", "networks", "resource-centres"], order);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    private static async Task SyncAsync(OpenDataApiFactory factory, DateTime now, IReadOnlyList<TitleSeed> seeds)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var seedSet = new TitleSeedSet(db, seeds);
        await seedSet.SyncAsync(new SeedRun(new SeedDirectory(Path.GetTempPath()), now, NullLogger.Instance).For(seedSet), CancellationToken.None);
    }

    private sealed record TitleSeed(string Id, string Title);

    private sealed class TitleSeedSet(OpenDataDbContext db, IReadOnlyList<TitleSeed> seeds) : SeedSet<TitleSeed, Source>(db)
    {
        public override string ResourceType => "sources";

        protected override IReadOnlyList<TitleSeed> ReadSeeds(SeedRun run) => seeds;

        protected override string IdOf(TitleSeed seed) => seed.Id;

        protected override string IdOf(Source record) => record.Id;

        protected override IQueryable<Source> Existing() => Db.Sources;

        protected override Source Create(TitleSeed seed, SeedRun run) => new() { Id = seed.Id, Title = seed.Title };

        protected override void Update(Source existing, Source incoming) => CopyScalars(existing, incoming);
    }
}
