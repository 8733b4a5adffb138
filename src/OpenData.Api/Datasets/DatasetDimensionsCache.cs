using System.Collections.Concurrent;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Datasets;

/// <summary>
/// A dataset's dimensions and indicator codes, which a REST read of its observations needs before it can read its filter, kept
/// in memory until the data changes (<see cref="DataGeneration"/>): the page of observations is then the request's one statement.
/// Only datasets that exist are kept, so unknown ids cannot fill it.
/// </summary>
public sealed class DatasetDimensionsCache(DataGeneration generation)
{
    private readonly ConcurrentDictionary<(string DatasetId, Language Language), (long Generation, DatasetDimensions Dimensions)> _kept = new();

    /// <summary>As <see cref="DatasetDimensions.ReadAsync"/>: the dataset's own dimensions, null when there is no such dataset.</summary>
    public async Task<DatasetDimensions?> ReadAsync(OpenDataDbContext db, string datasetId, Language language, CancellationToken cancellationToken)
    {
        // Taken before the read: a change committed while it runs leaves this entry a generation behind, so it is read again.
        var current = generation.Current;
        if (_kept.TryGetValue((datasetId, language), out var kept) && kept.Generation == current)
        {
            return kept.Dimensions;
        }
        var dimensions = await DatasetDimensions.ReadAsync(db, datasetId, language, cancellationToken);
        if (dimensions is not null)
        {
            _kept[(datasetId, language)] = (current, dimensions);
        }
        return dimensions;
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
