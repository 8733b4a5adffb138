using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Api.Data.Sqlite;

#pragma warning disable EF1001 // SqliteRelationalConnection is EF's internal API: the one place to change when a context's connection closes.

/// <summary>
/// A context's SQLite connection, opened once and kept open for the context's life (a pooled context's, across requests)
/// instead of being closed after each query and opened again for the next: its compiled statements stay with it
/// (<see cref="SqliteStatementCache"/>), and no query pays for taking a connection from the pool and registering EF's
/// functions on it again. An open connection with no statement running holds no lock: readers and the writer are not held up.
/// The file it opened is checked again each time a context is taken from the pool (<see cref="DatabaseFileGuard"/>): one
/// deleted or replaced since is closed, and the next query opens whatever is at the path now.
/// </summary>
public sealed class KeptOpenSqliteConnection(RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger) : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private bool _fileChecked;

    public override bool Open(bool errorsExpected = false)
    {
        CheckFileOncePerUse();
        return base.Open(errorsExpected);
    }

    public override Task<bool> OpenAsync(CancellationToken cancellationToken, bool errorsExpected = false)
    {
        CheckFileOncePerUse();
        return base.OpenAsync(cancellationToken, errorsExpected);
    }

    /// <summary>Kept open: EF closes a connection it opened after each query, and a pooled context's when it goes back.</summary>
    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    protected override void ResetState(bool disposeDbConnection)
    {
        _fileChecked = false;
        base.ResetState(disposeDbConnection);
        if (!disposeDbConnection)
        {
            CloseIfInTransaction();
        }
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        _fileChecked = false;
        await base.ResetStateAsync(disposeDbConnection);
        if (!disposeDbConnection)
        {
            CloseIfInTransaction();
        }
    }

    /// <summary>
    /// A transaction EF did not begin (a read snapshot's, say) and that was left open must not outlive the request, as it
    /// could not when the connection was closed on the context's return: closing rolls it back.
    /// </summary>
    private void CloseIfInTransaction()
    {
        if (DbConnection is SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle } connection
            && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0)
        {
            connection.Close();
        }
    }

    private void CheckFileOncePerUse()
    {
        if (_fileChecked)
        {
            return;
        }
        _fileChecked = true;
        if (DbConnection is SqliteConnection { State: System.Data.ConnectionState.Open } connection && DatabaseFileGuard.HasMoved(connection))
        {
            // The next open goes to the file at the path now (or fails, 503, while there is none).
            SqliteConnection.ClearPool(connection);
            connection.Close();
        }
    }
}

public static class SqliteConnectionReuse
{
    /// <summary>
    /// Each context keeps its connection open (<see cref="KeptOpenSqliteConnection"/>) and its compiled statements, planned for
    /// any bound value (<see cref="SqliteStatementCache"/>).
    /// </summary>
    public static DbContextOptionsBuilder KeepingConnectionsAndStatements(this DbContextOptionsBuilder options) => options
        .AddInterceptors(new SqliteStatementCache())
        .ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
}
