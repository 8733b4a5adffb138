using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;

namespace OpenData.Api.Datasets.Importing;

/// <summary>
/// Where an import writes: the database-specific half of replacing a dataset's observations. A store owns the write
/// transaction (a savepoint, inside a transaction the caller holds), the difference against the stored observations (only
/// rows that differ are written), the upload's own source, the new revision and the dataset's counters;
/// <see cref="ObservationImporter"/> does the rest, the same for every database. One implementation per database provider,
/// chosen by <see cref="ObservationStoreRegistration.AddObservationImport"/>; every write of observations goes through it, a
/// publisher's upload as well as the seed files'.
/// </summary>
public interface IObservationStore
{
    /// <summary>
    /// Begins replacing the observations of <paramref name="datasetId"/>: starts the write transaction and reads in it the
    /// dataset's revision and the references its rows are validated against. Null when there is no such dataset. When the
    /// context is already in a transaction (the seeder's), the replacement is a savepoint of it instead, committed with it.
    /// </summary>
    Task<IObservationReplacement?> BeginReplaceAsync(string datasetId, ReplacementOrigin origin, CancellationToken cancellationToken);
}

/// <summary>Who replaces a dataset's observations, and what the new revision says about it.</summary>
/// <param name="Publisher">The publisher of the upload's own source (see <see cref="IObservationReplacement.WriteAsync"/>).</param>
/// <param name="NoteSv">The new revision's note.</param>
/// <param name="RevisionWhenUnchanged">
/// Whether a replacement that adds, changes and removes nothing still records a revision: a publisher's upload does (it is a
/// write they made), the seed files' reload does not.
/// </param>
/// <param name="IdsInRowOrder">
/// Whether a first load numbers its rows in the order they were written. The seed files' rows are, on every provider, so that
/// a seeded observation has the same id on SQLite and PostgreSQL (the API's examples name some); an upload's rows go in in
/// whichever order the store writes fastest (on PostgreSQL, the unique index's).
/// </param>
/// <param name="At">When the write happens: the revision's time and the dataset's new <c>modified</c>; null for now.</param>
public sealed record ReplacementOrigin(string Publisher, string NoteSv, string NoteEn, bool RevisionWhenUnchanged, bool IdsInRowOrder = false,
    DateTime? At = null)
{
    /// <summary>An upload, recorded under the name of the API key or the import command's <c>--publisher</c>.</summary>
    public static ReplacementOrigin Upload(string publisher) => new(publisher, $"Uppladdad av {publisher}.", $"Uploaded by {publisher}.", true);

    /// <summary>A seed file loaded by the seed run of <paramref name="at"/>, which dates every record it writes.</summary>
    public static ReplacementOrigin SeedFile(string file, DateTime at) =>
        new("OpenData", $"Inläst från {file}.", $"Loaded from {file}.", RevisionWhenUnchanged: false, IdsInRowOrder: true, at);
}

/// <summary>
/// One replacement of a dataset's observations, all or nothing: what it writes is seen by no one else until
/// <see cref="CommitAsync"/> (or, in a savepoint, until the caller commits), and disposing it without committing undoes all of it.
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
    /// removed, updates the dataset's revision and counters and commits (releases the savepoint); null, with nothing written, when another write moved
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

/// <summary>
/// The transaction a replacement writes in: its own, or a savepoint of the transaction the context is already in. Either way the
/// replacement is all or nothing, and in the second the caller's commit makes it last, with the rest of the caller's work.
/// </summary>
internal sealed class ReplacementTransaction : IAsyncDisposable
{
    private const string Savepoint = "observation_replacement";
    private readonly IDbContextTransaction _transaction;
    private bool _ended;

    private ReplacementTransaction(IDbContextTransaction transaction, bool owned) => (_transaction, Owned) = (transaction, owned);

    /// <summary>Whether the replacement began the transaction, rather than a savepoint of the caller's.</summary>
    public bool Owned { get; }

    public DbTransaction DbTransaction => _transaction.GetDbTransaction();

    public static async Task<ReplacementTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is { } outer)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
            return new ReplacementTransaction(outer, owned: false);
        }
        return new ReplacementTransaction(await database.BeginTransactionAsync(cancellationToken), owned: true);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Owned)
        {
            await _transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await _transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
        }
        _ended = true;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (Owned)
        {
            await _transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await _transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            await _transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
        }
        _ended = true;
    }

    /// <summary>Undoes what was written unless it was committed; the caller's transaction goes on.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Owned)
        {
            await _transaction.DisposeAsync();
            return;
        }
        if (_ended)
        {
            return;
        }
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // Some failures end the caller's whole transaction (a lost connection; on SQLite a full disk), and the savepoint
            // with it: the error that did so is the one to report, and the caller's own rollback follows.
        }
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
