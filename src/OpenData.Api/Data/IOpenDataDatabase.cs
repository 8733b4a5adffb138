using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Api.Data;

/// <summary>
/// What differs between the database providers (<c>Database:Provider</c>): how the context connects, what happens before
/// migrating, and which failures mean "the database is unavailable right now" (answered 503) rather than a bug.
/// </summary>
public interface IOpenDataDatabase
{
    /// <summary>Where the data is, for the start-up log; never a password.</summary>
    string Description { get; }

    /// <summary>
    /// Registers <see cref="OpenDataDbContext"/> on this provider, with every <c>IInterceptor</c> in the container. Contexts
    /// are pooled: creating one per request (options, internal services) cost about a tenth of a simple request.
    /// </summary>
    void AddContext(IServiceCollection services);

    /// <summary>
    /// Makes the database ready to migrate (creates it when missing) and holds off other instances starting on the same
    /// database until the returned lock is released, so only one migrates and seeds at a time.
    /// </summary>
    Task<IAsyncDisposable> PrepareAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    /// <summary>Brings the query planner's statistics up to date after the data changed in bulk (a seeding, an import).</summary>
    Task RefreshStatisticsAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a transaction in which every query sees the database as it was at the first read, so that what a long read says
    /// about itself (a download's revision and ETag) belongs to the rows it goes on to read, whatever commits meanwhile. It
    /// never holds up a writer. Dispose it to end it.
    /// </summary>
    Task<IAsyncDisposable> BeginReadSnapshotAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether the exception says the database is busy, locked, gone or unreachable: a temporary condition.</summary>
    bool IsUnavailable(Exception exception);
}

internal static class OpenDataContextOptions
{
    /// <summary>
    /// What every provider's context has: the container's interceptors, reads without tracking, queries whose shapers make no
    /// delegate per row (<see cref="RelationalDatabaseCompilingNestedLambdasOnce"/>), and no model diff at start.
    /// </summary>
    public static DbContextOptionsBuilder WithOpenDataDefaults(this DbContextOptionsBuilder options, IServiceProvider provider) => options
        .AddInterceptors(provider.GetServices<IInterceptor>())
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .ReplaceService<IDatabase, RelationalDatabaseCompilingNestedLambdasOnce>()
        // Migrating would first build the design-time model and diff it against the migrations' snapshot (0.6 s of a start
        // on a new database); MigrationTests makes that check once per provider instead.
        .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
}
