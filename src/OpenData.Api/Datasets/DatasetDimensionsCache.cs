using System.Collections.Concurrent;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets;

/// <summary>
/// A dataset's dimensions and indicator codes, which a read of its observations (REST, GraphQL, availability) needs before it can
/// read its filter, kept in memory until the data changes (<see cref="DataGeneration"/>), and at most <see cref="MaxAge"/>: the
/// page of observations is then the request's one statement. The age bounds what the poll can miss (a change committed with
/// an update time older than the latest it had seen), as the output cache's expiry bounds it for answers. Only datasets that
/// exist are kept, so unknown ids cannot fill it.
/// </summary>
public sealed class DatasetDimensionsCache(DataGeneration generation, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<(string DatasetId, Language Language), Kept> _kept = new();

    private sealed record Kept(long Generation, DateTimeOffset ReadAt, DatasetDimensions Dimensions);

    /// <summary>What is kept of a dataset, if it was read in the current generation and less than <see cref="MaxAge"/> ago.</summary>
    private DatasetDimensions? KeptNow(string datasetId, Language language, long generationNow, DateTimeOffset now) =>
        _kept.TryGetValue((datasetId, language), out var kept) && kept.Generation == generationNow && now - kept.ReadAt < MaxAge ? kept.Dimensions : null;

    /// <summary>As <see cref="DatasetDimensions.ReadAsync"/>: the dataset's own dimensions, null when there is no such dataset.</summary>
    public async Task<DatasetDimensions?> ReadAsync(OpenDataDbContext db, string datasetId, Language language, CancellationToken cancellationToken)
    {
        // Taken before the read: a change committed while it runs leaves this entry a generation behind, so it is read again.
        var current = generation.Current;
        var now = clock.GetUtcNow();
        if (KeptNow(datasetId, language, current, now) is { } kept)
        {
            return kept;
        }
        var dimensions = await DatasetDimensions.ReadAsync(db, datasetId, language, cancellationToken);
        if (dimensions is not null)
        {
            _kept[(datasetId, language)] = new Kept(current, now, dimensions);
        }
        return dimensions;
    }

    /// <summary>As <see cref="DatasetDimensions.ReadWithIndicatorsAsync"/>: those not kept are read in one query.</summary>
    public async Task<IReadOnlyDictionary<string, DatasetDimensions>> ReadManyAsync(OpenDataDbContext db, IReadOnlyCollection<string> datasetIds,
        Language language, CancellationToken cancellationToken)
    {
        var current = generation.Current;
        var now = clock.GetUtcNow();
        var found = new Dictionary<string, DatasetDimensions>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in datasetIds)
        {
            if (KeptNow(id, language, current, now) is { } kept)
            {
                found[id] = kept;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var (id, dimensions) in await DatasetDimensions.ReadWithIndicatorsAsync(db, missing, language, cancellationToken))
            {
                _kept[(id, language)] = new Kept(current, now, dimensions);
                found[id] = dimensions;
            }
        }
        return found;
    }
}

public static class DatasetDimensionsCacheExtensions
{
    public static WebApplicationBuilder AddDatasetDimensionsCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatasetDimensionsCache>();
        return builder;
    }
}
