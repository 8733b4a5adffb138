using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Data;

/// <summary>
/// Reads as the database's provider runs them fastest. Microsoft.Data.Sqlite runs asynchronous ADO.NET calls synchronously
/// (its documentation says to avoid them), and EF Core's asynchronous path costs more on top: when measured, its split-query
/// shaper made a delegate for each collection on every execution (5.5 % of a SQLite list's CPU; that was before queries compiled
/// their nested lambdas once, <see cref="RelationalDatabaseCompilingNestedLambdasOnce"/>, and was not measured again). On such a provider
/// (<see cref="OpenDataDbContext.ReadsSynchronously"/>) these read synchronously, checking the cancellation token before the
/// read; the asynchronous path checked it between rows too, and a page is at most 10 000 rows. While the database is still
/// being prepared at start they wait for it without holding a thread, then read (a synchronous open would be refused then:
/// <see cref="DatabaseStart.ConnectionsWaitForTheStart"/>).
/// </summary>
public static class ProviderReads
{
    public static Task<List<T>> ReadListAsync<T>(this IQueryable<T> query, OpenDataDbContext db, CancellationToken cancellationToken)
    {
        if (!db.ReadsSynchronously)
        {
            return query.ToListAsync(cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (db.Start?.StillToWaitFor is { } start)
        {
            // Compiled now, beside the database's start (an enumerator is made, not started: the read below finds the query
            // compiled), then read once the start has ended.
            query.GetEnumerator().Dispose();
            return ReadOnceStartedAsync(start, () => query.ToList(), cancellationToken);
        }
        return Task.FromResult(query.ToList());
    }

    public static Task<T?> ReadSingleOrDefaultAsync<T>(this IQueryable<T> query, OpenDataDbContext db, CancellationToken cancellationToken)
    {
        if (!db.ReadsSynchronously)
        {
            return query.SingleOrDefaultAsync(cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (db.Start?.StillToWaitFor is { } start)
        {
            return ReadOnceStartedAsync(start, () => query.SingleOrDefault(), cancellationToken);
        }
        return Task.FromResult(query.SingleOrDefault());
    }

    private static async Task<T> ReadOnceStartedAsync<T>(Task start, Func<T> read, CancellationToken cancellationToken)
    {
        try
        {
            await start.WaitAsync(cancellationToken);
        }
        catch (Exception) when (start.IsCompleted)
        {
            // The start failed: the read is refused with the reason.
        }
        return read();
    }
}
