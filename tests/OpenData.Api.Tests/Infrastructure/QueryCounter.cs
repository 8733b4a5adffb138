using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Counts the SQL commands the API sends, so tests can check that a request costs a fixed number of queries, and keeps their text.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of every command, in the order sent: the first <see cref="Count"/> of them at some moment are the commands sent until then.</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>The commands sent since <paramref name="count"/> commands had been sent.</summary>
    public IReadOnlyList<string> CommandsSince(int count) => [.. Commands.Skip(count)];

    // Reads run asynchronously, or synchronously where that is faster (split queries on SQLite): both are counted.
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return base.ScalarExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        Commands.Enqueue(command.CommandText);
        Interlocked.Increment(ref _count);
    }
}
