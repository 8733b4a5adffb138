using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data.Seeding;

/// <summary>
/// The sync of one kind of record with its seed entries, matched by id: an entry whose hash the record
/// already carries is skipped, a new or changed one is written with the run's time as its
/// <c>updatedAt</c>, and a seeded record whose entry is gone is deleted and recorded as a
/// <see cref="Deletion"/>. A feature says how to read its entries and how an entry becomes a record.
/// </summary>
internal abstract class SeedSet<TSeed, TRecord>(OpenDataDbContext db) : ISeedSet
    where TRecord : class, ITracked
{
    protected OpenDataDbContext Db { get; } = db;

    public abstract string ResourceType { get; }

    public Type RecordType => typeof(TRecord);

    public virtual IReadOnlyList<Type> References => [];

    protected abstract IReadOnlyList<TSeed> ReadSeeds(SeedRun run);

    protected abstract string IdOf(TSeed seed);

    protected abstract string IdOf(TRecord record);

    /// <summary>The records of this kind, with the children <see cref="Update"/> replaces.</summary>
    protected abstract IQueryable<TRecord> Existing();

    /// <summary>The record an entry describes; its references are resolved through the run.</summary>
    protected abstract TRecord Create(TSeed seed, SeedRun run);

    /// <summary>Makes a stored record equal to the one its changed entry now describes.</summary>
    protected abstract void Update(TRecord existing, TRecord incoming);

    /// <summary>What a seed set loads or checks besides its records, once they are saved.</summary>
    protected virtual Task AfterSyncAsync(IReadOnlyList<TSeed> seeds, IReadOnlyDictionary<string, TRecord> records, SeedRun run,
        CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SyncAsync(SeedRun run, CancellationToken cancellationToken)
    {
        var seeds = ReadSeeds(run);
        var records = await Existing().ToDictionaryAsync(IdOf, cancellationToken);
        var seen = new HashSet<string>();
        var changed = 0;
        foreach (var seed in seeds)
        {
            var id = IdOf(seed);
            if (!seen.Add(id))
            {
                throw new SeedDataException($"{ResourceType}: the id '{id}' appears twice.");
            }
            var hash = SeedRun.Hash(seed);
            if (records.TryGetValue(id, out var existing))
            {
                if (existing.SeedHash == hash)
                {
                    continue;
                }
                Update(existing, Create(seed, run));
            }
            else
            {
                existing = Create(seed, run);
                Db.Add(existing);
                records[id] = existing;
            }
            existing.SeedHash = hash;
            existing.UpdatedAt = run.Now;
            changed++;
        }

        // Records with no seed hash came from elsewhere (a publisher's upload) and are not the seed files' to delete.
        foreach (var (id, record) in records.Where(r => r.Value.SeedHash is not null && !seen.Contains(r.Key)).ToList())
        {
            Db.Remove(record);
            Db.Deletions.Add(new Deletion { ResourceType = ResourceType, ResourceId = id, DeletedAt = run.Now });
            records.Remove(id);
            changed++;
        }

        await Db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            SeedLog.Synced(run.Logger, ResourceType, changed);
        }
        run.AddSeeded(records);
        await AfterSyncAsync(seeds, records, run, cancellationToken);
    }

    /// <summary>Copies every scalar property, leaving the record's collections to the caller.</summary>
    protected void CopyScalars<T>(T existing, T incoming) where T : class =>
        Db.Entry(existing).CurrentValues.SetValues(incoming);

    /// <summary>Replaces children that have no identity of their own.</summary>
    protected static void Replace<T>(List<T> existing, List<T> incoming)
    {
        existing.Clear();
        existing.AddRange(incoming);
    }

    /// <summary>Updates children that have their own ids in place, so their keys stay stable.</summary>
    protected void SyncChildren<T>(List<T> existing, List<T> incoming, Func<T, string> key, Action<T, T> updateNested)
        where T : class
    {
        var incomingKeys = incoming.Select(key).ToHashSet();
        existing.RemoveAll(e => !incomingKeys.Contains(key(e)));
        foreach (var item in incoming)
        {
            var match = existing.FirstOrDefault(e => key(e) == key(item));
            if (match is null)
            {
                existing.Add(item);
            }
            else
            {
                CopyScalars(match, item);
                updateNested(match, item);
            }
        }
    }
}

internal static partial class SeedLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {ResourceType}: {Count} records added, changed or removed")]
    public static partial void Synced(ILogger logger, string resourceType, int count);
}
