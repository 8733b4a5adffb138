namespace OpenData.Api.Data.Seeding;

/// <summary>
/// One kind of seeded record, owned by its feature: the seed file it reads, how an entry becomes a record
/// and which other records it refers to. Most derive from <see cref="SeedSet{TSeed, TRecord}"/>.
/// </summary>
internal interface ISeedSet
{
    /// <summary>The resource's name in the change feed ("organisations").</summary>
    string ResourceType { get; }

    /// <summary>The type of record it seeds, which other seed sets name in <see cref="References"/>.</summary>
    Type RecordType { get; }

    /// <summary>The record types it refers to; their seed sets run first, and only they (and its own) can be resolved.</summary>
    IReadOnlyList<Type> References { get; }

    Task SyncAsync(SeedRun run, CancellationToken cancellationToken);
}

internal static class SeedSetOrder
{
    /// <summary>Every seed set after the ones it refers to; otherwise by resource type, so the order never depends on registration.</summary>
    public static List<ISeedSet> Sort(IEnumerable<ISeedSet> seedSets)
    {
        var pending = seedSets.OrderBy(s => s.ResourceType, StringComparer.Ordinal).ToList();
        var seeders = pending.ToDictionary(s => s.RecordType);
        foreach (var (seedSet, reference) in pending.SelectMany(s => s.References.Select(r => (s, r))))
        {
            if (!seeders.ContainsKey(reference))
            {
                throw new InvalidOperationException($"The seed set of {seedSet.ResourceType} refers to {reference.Name}, which no seed set seeds.");
            }
        }

        var ordered = new List<ISeedSet>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(s => s.References.All(r => ordered.Contains(seeders[r])))
                       ?? throw new InvalidOperationException(
                           $"The seed sets of {string.Join(", ", pending.Select(s => s.ResourceType))} refer to each other in a circle.");
            ordered.Add(next);
            pending.Remove(next);
        }
        return ordered;
    }
}
