using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// Loads the seed files into the database by running every registered seed set, each after the seed sets
/// whose records it refers to. Idempotent: every record carries the hash of the seed entry it came from,
/// so an unchanged entry is skipped, a changed one updates its record (and its <c>updatedAt</c>), and a
/// record whose entry was removed is deleted and reported to the change feed.
/// Everything happens in one transaction: a bad seed file changes nothing.
/// </summary>
internal sealed class DatabaseSeeder(OpenDataDbContext db, SeedDirectory directory, IEnumerable<ISeedSet> seedSets, TimeProvider clock,
    ILogger<DatabaseSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var run = new SeedRun(directory, clock.GetUtcNow().UtcDateTime, logger);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var seedSet in SeedSetOrder.Sort(seedSets))
        {
            await seedSet.SyncAsync(run.For(seedSet), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>A seed file is malformed or refers to a record that does not exist.</summary>
public sealed class SeedDataException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where the seed files are: JSON files at the root, the files from ../shared/data under reference/.</summary>
public sealed record SeedDirectory(string Path)
{
    public string ReferencePath => System.IO.Path.Combine(Path, "reference");
}
