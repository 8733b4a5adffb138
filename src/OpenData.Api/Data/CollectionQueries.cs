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

}
