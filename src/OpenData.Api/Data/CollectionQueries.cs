using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data;

public static class CollectionQueries
{
    /// <summary>
    /// The query in the shape its database reads many-to-many collections fastest in: one statement on PostgreSQL, one per
    /// collection on SQLite (<see cref="OpenDataDbContext.SplitsManyToManyCollections"/>).
    /// </summary>
    public static IQueryable<T> WithCollections<T>(this IQueryable<T> query, OpenDataDbContext db) where T : class =>
        db.SplitsManyToManyCollections ? query.AsSplitQuery() : query;

    /// <summary>
    /// The rows of a query made by <see cref="WithCollections"/>. Split queries are read synchronously: EF Core's asynchronous
    /// split-query shaper makes a delegate for each collection on every execution (a twentieth of a SQLite list's CPU), and
    /// the database that splits, SQLite, runs every command synchronously when called asynchronously too, checking the
    /// cancellation token only before it starts, as this does.
    /// </summary>
    public static Task<List<T>> ToListWithCollectionsAsync<T>(this IQueryable<T> query, OpenDataDbContext db, CancellationToken cancellationToken)
    {
        if (!db.SplitsManyToManyCollections)
        {
            return query.ToListAsync(cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(query.ToList());
    }

    /// <summary>The one row of a query made by <see cref="WithCollections"/>, or null; read as <see cref="ToListWithCollectionsAsync"/> reads.</summary>
    public static Task<T?> SingleOrDefaultWithCollectionsAsync<T>(this IQueryable<T> query, OpenDataDbContext db, CancellationToken cancellationToken)
    {
        if (!db.SplitsManyToManyCollections)
        {
            return query.SingleOrDefaultAsync(cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(query.SingleOrDefault());
    }
}
