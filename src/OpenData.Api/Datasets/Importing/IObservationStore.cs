using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// Where an import writes: the database-specific half of replacing a dataset's observations. A store owns the write
/// transaction, the difference against the stored observations (only rows that differ are written), the upload's own source,
/// the new revision and the dataset's counters; <see cref="ObservationImporter"/> does the rest, the same for every database.
/// One implementation per database provider, chosen by <see cref="ObservationStoreRegistration.AddObservationImport"/>.
/// </summary>
public interface IObservationStore
{
    /// <summary>
    /// Begins replacing the observations of <paramref name="datasetId"/>: starts the write transaction and reads in it the
    /// dataset's revision and the references its rows are validated against. Null when there is no such dataset.
    /// </summary>
    /// <param name="publisher">The name the write is recorded under, and the publisher of the upload's own source.</param>
    Task<IObservationReplacement?> BeginReplaceAsync(string datasetId, string publisher, CancellationToken cancellationToken);
}

/// <summary>
/// One replacement of a dataset's observations, all or nothing: what it writes is seen by no one else until
/// <see cref="CommitAsync"/>, and disposing it without committing undoes all of it.
/// </summary>
public interface IObservationReplacement : IAsyncDisposable
{
    /// <summary>The dataset's revision when the replacement began.</summary>
    int Revision { get; }

    /// <summary>The dataset's indicators, the areas and the sources, as read in the transaction.</summary>
    ObservationReferences References { get; }

    /// <summary>
    /// Writes validated rows, batch after batch while the rest of the upload is still being read. Every key comes at most once
    /// in a replacement. A row the dataset holds unchanged is left as it is (it keeps its id, and its source when it names none);
    /// a new or changed row that names no source gets the upload as its source.
    /// </summary>
    Task WriteAsync(IReadOnlyList<ValidObservation> rows, CancellationToken cancellationToken);

    /// <summary>How many observations the dataset held when the replacement began.</summary>
    Task<int> CountStoredAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Removes the stored observations no written row matched, records the new revision with what was added, changed and
    /// removed, updates the dataset's revision and counters and commits; null, with nothing written, when another write moved
    /// the dataset's revision on since <see cref="Revision"/>.
    /// </summary>
    Task<ReplacedObservations?> CommitAsync(CancellationToken cancellationToken);
}

/// <summary>A store's replacement before it has begun.</summary>
internal interface IStartableReplacement : IObservationReplacement
{
    /// <summary>Starts the transaction and reads what the replacement needs; false when there is no such dataset.</summary>
    Task<bool> BeginAsync(CancellationToken cancellationToken);
}

internal static class ObservationReplacement
{
    /// <summary>Begins <paramref name="replacement"/>; null, with it disposed, when there is no such dataset; disposed when beginning fails.</summary>
    public static async Task<IObservationReplacement?> BeginAsync(IStartableReplacement replacement, CancellationToken cancellationToken)
    {
        try
        {
            if (await replacement.BeginAsync(cancellationToken))
            {
                return replacement;
            }
        }
        catch
        {
            await replacement.DisposeAsync();
            throw;
        }
        await replacement.DisposeAsync();
        return null;
    }
}

/// <summary>What a committed replacement did.</summary>
/// <param name="Revision">The dataset's new revision.</param>
/// <param name="Rows">Observations the dataset now holds.</param>
public sealed record ReplacedObservations(int Revision, int Rows, int RowsAdded, int RowsChanged, int RowsRemoved);

public static class ObservationStoreRegistration
{
    /// <summary>The importer, and the observation store for the database provider <see cref="OpenDataDbContext"/> is configured with.</summary>
    public static IServiceCollection AddObservationImport(this IServiceCollection services)
    {
        services.AddScoped<ObservationImporter>();
        services.AddScoped<IObservationStore>(provider => provider.GetRequiredService<OpenDataDbContext>().Database switch
        {
            var database when database.IsSqlite() => ActivatorUtilities.CreateInstance<SqliteObservationStore>(provider),
            var database when database.IsNpgsql() => ActivatorUtilities.CreateInstance<PostgresObservationStore>(provider),
            var database => throw new NotSupportedException($"There is no observation store for the database provider {database.ProviderName}."),
        });
        return services;
    }
}
