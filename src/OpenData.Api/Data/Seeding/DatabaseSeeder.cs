using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// Loads the seed files into the database by running every registered seed set, each after the seed sets
/// whose records it refers to. Idempotent: every record carries the hash of the seed entry it came from,
/// so an unchanged entry is skipped, a changed one updates its record (and its <c>updatedAt</c>), and a
/// record whose entry was removed is deleted and reported to the change feed.
/// Everything happens in one transaction: a bad seed file changes nothing. When neither the seed files nor the code that
/// reads them changed since the last run, nothing is read at all: a restart then costs one query instead of seconds.
/// </summary>
internal sealed class DatabaseSeeder(OpenDataDbContext db, SeedDirectory directory, IEnumerable<ISeedSet> seedSets, TimeProvider clock,
    ILogger<DatabaseSeeder> logger)
{
    /// <summary>The <see cref="SeedFile"/> entry that holds the hash of the last run's seed files and build.</summary>
    internal const string LastRun = "(seed files and build)";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var hash = directory.Hash(typeof(DatabaseSeeder).Assembly.ManifestModule.ModuleVersionId);
        if ((await db.SeedFiles.FindAsync([LastRun], cancellationToken))?.Hash == hash)
        {
            logger.LogDebug("The seed files and the build are those of the last run; nothing to load");
            return;
        }
        var run = new SeedRun(directory, clock.GetUtcNow().UtcDateTime, logger);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var seedSet in SeedSetOrder.Sort(seedSets))
        {
            await seedSet.SyncAsync(run.For(seedSet), cancellationToken);
        }
        var lastRun = await db.SeedFiles.FindAsync([LastRun], cancellationToken);
        if (lastRun is null)
        {
            db.SeedFiles.Add(new SeedFile { Name = LastRun, Hash = hash, LoadedAt = run.Now });
        }
        else
        {
            (lastRun.Hash, lastRun.LoadedAt) = (hash, run.Now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>A seed file is malformed or refers to a record that does not exist.</summary>
public sealed class SeedDataException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where the seed files are: JSON files at the root, the files from ../shared/data under reference/.</summary>
public sealed record SeedDirectory(string Path)
{
    public string ReferencePath => System.IO.Path.Combine(Path, "reference");

    /// <summary>A hash of every file's name and content, and of the build that reads them (its module version id).</summary>
    public string Hash(Guid build)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(build.ToByteArray());
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetRelativePath(Path, file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
