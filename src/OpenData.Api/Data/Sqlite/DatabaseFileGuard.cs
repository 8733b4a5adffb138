using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Data.Sqlite;

/// <summary>
/// Refuses to use a connection whose database file was deleted, moved or replaced since the connection opened it.
/// A pooled connection keeps the old file open, and in WAL mode SQLite goes on writing to it without complaint:
/// writes would be acknowledged and lost. Checked as a connection opens (a pooled one keeps the file it opened first) and
/// again just before a commit; the failure is a SQLite "cannot open" error, which the API answers with 503. Once the file is
/// back (restored), new connections open it and service resumes. A context's kept-open connection is checked each time the
/// context is used, by <see cref="KeptOpenSqliteConnection"/>, which reopens it instead.
/// </summary>
public sealed class DatabaseFileGuard : DbConnectionInterceptor, IDbTransactionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => EnsureUnmoved(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EnsureUnmoved(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        EnsureUnmoved(transaction.Connection);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        EnsureUnmoved(transaction.Connection);
        return ValueTask.FromResult(result);
    }

    public static void EnsureUnmoved(DbConnection? connection)
    {
        if (connection is SqliteConnection sqlite && HasMoved(sqlite))
        {
            // Every connection in the pool has the old file open: none may be reused. New ones open whatever is at the path now.
            SqliteConnection.ClearPool(sqlite);
            throw new SqliteException($"The database file {connection.DataSource} was deleted or replaced while the API had it open; nothing was written.",
                SQLitePCL.raw.SQLITE_CANTOPEN);
        }
    }

    /// <summary>SQLITE_FCNTL_HAS_MOVED: SQLite's own test that the file at the path is still the one it opened (or that it is gone).</summary>
    public static bool HasMoved(SqliteConnection connection)
    {
        var moved = 0;
        return connection.Handle is { } handle
            && NativeMethods.sqlite3_file_control(handle.DangerousGetHandle(), "main", HasMovedOperation, ref moved) == SQLitePCL.raw.SQLITE_OK && moved != 0;
    }

    private const int HasMovedOperation = 20;

    // SQLitePCL.raw does not wrap sqlite3_file_control; the bundled e_sqlite3 library exports it.
    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int sqlite3_file_control(IntPtr database, string databaseName, int operation, ref int result);
    }
}
