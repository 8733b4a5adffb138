using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Data.Sqlite;

/// <summary>
/// Keeps SQLite's compiled statements between queries, so that the same SQL is compiled once per connection instead of on every
/// execution. EF makes a new command for each query and disposes it afterwards, and disposing a Microsoft.Data.Sqlite command
/// finalizes its statements, so every query compiled the same SQL again (dotnet/efcore#14044). Each command EF initialises is
/// wrapped: it runs as a command of the connection's own that
/// keeps its statements, taken from the connection's cache for the duration and given back when EF disposes the wrapper. The
/// statements live as long as the connection is open (<see cref="KeptOpenSqliteConnection"/> keeps it open for its context's
/// life); closing it finalizes them, and the cache forgets them. Each connection opened plans with the query planner stability
/// guarantee, without which SQLite would compile a list page's kept statements again on every execution (<see cref="PlanForAnyValue"/>).
/// </summary>
public sealed class SqliteStatementCache : DbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>Distinct statements kept per connection; past that the cache starts over, so that one-off SQL cannot grow it without end.</summary>
    public const int MaxStatementsPerConnection = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, Statements> ByConnection = [];

    /// <summary>
    /// Every command but a PRAGMA: SQLite applies many PRAGMAs as it compiles them (<c>cache_size</c>), so a compiled one run
    /// again would do nothing.
    /// </summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { CommandType: CommandType.Text } command && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
            ? new ReusedStatementCommand(command)
            : result;

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => PlanForAnyValue(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PlanForAnyValue(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Turns on SQLite's query planner stability guarantee. Without it SQLite reads the value bound to a LIMIT (or a LIKE
    /// pattern) while it compiles a statement, and marks the statement expired whenever that parameter is bound again, which
    /// Microsoft.Data.Sqlite does on every execution: a kept statement of a list page was compiled again in the first step of
    /// every execution. With it a plan holds for any value, and the statement is compiled once.
    /// </summary>
    private static void PlanForAnyValue(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_db_config(handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
        }
    }

    private static Statements For(SqliteConnection connection) => ByConnection.GetValue(connection, static c => new Statements(c));

    /// <summary>A connection's idle commands by SQL. Used by one thread at a time, as its connection is.</summary>
    private sealed class Statements
    {
        private readonly Dictionary<string, SqliteCommand> _idle = [];

        public Statements(SqliteConnection connection) =>
            // Closing the connection has disposed its commands, and with them their statements.
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Closed)
                {
                    _idle.Clear();
                }
            };

        public SqliteCommand Take(SqliteConnection connection, string sql)
        {
            if (_idle.Remove(sql, out var command))
            {
                return command;
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        public void Give(SqliteCommand command)
        {
            command.Parameters.Clear();
            command.Transaction = null;
            if (command.Connection is not { State: ConnectionState.Open })
            {
                command.Dispose();
                return;
            }
            if (_idle.Count >= MaxStatementsPerConnection)
            {
                foreach (var idle in _idle.Values)
                {
                    idle.Dispose();
                }
                _idle.Clear();
            }
            if (!_idle.TryAdd(command.CommandText, command))
            {
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// The command EF made, run as a cached command of its connection. EF sets the text, parameters and transaction on the
    /// command it made; they are copied onto the cached one for each execution.
    /// </summary>
    private sealed class ReusedStatementCommand(SqliteCommand made) : DbCommand
    {
        private SqliteCommand? _running;
        private bool _failed;
        private SqliteDataReader? _reader;

        [AllowNull]
        public override string CommandText { get => made.CommandText; set => made.CommandText = value; }
        public override int CommandTimeout { get => made.CommandTimeout; set => made.CommandTimeout = value; }
        public override CommandType CommandType { get => made.CommandType; set => made.CommandType = value; }
        public override bool DesignTimeVisible { get => made.DesignTimeVisible; set => made.DesignTimeVisible = value; }
        public override UpdateRowSource UpdatedRowSource { get => made.UpdatedRowSource; set => made.UpdatedRowSource = value; }
        protected override DbConnection? DbConnection { get => made.Connection; set => made.Connection = (SqliteConnection?)value; }
        protected override DbParameterCollection DbParameterCollection => made.Parameters;
        protected override DbTransaction? DbTransaction { get => made.Transaction; set => made.Transaction = (SqliteTransaction?)value; }

        public override void Cancel() => _running?.Cancel();
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => made.CreateParameter();

        public override int ExecuteNonQuery() => Executing(command => command.ExecuteNonQuery());
        public override object? ExecuteScalar() => Executing(command => command.ExecuteScalar());
        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Executing(command => command.ExecuteReader(behavior));

        private T Executing<T>(Func<SqliteCommand, T> execute)
        {
            try
            {
                return execute(Running());
            }
            catch
            {
                // Not given back, for caution: nothing is known about the state a failure left it in.
                _failed = true;
                throw;
            }
        }

        /// <summary>The connection's cached command for this SQL, set up as EF set up the command it made.</summary>
        private SqliteCommand Running()
        {
            if (_running is null)
            {
                var connection = made.Connection ?? throw new InvalidOperationException("The command has no connection.");
                if (connection.State != ConnectionState.Open)
                {
                    return made;
                }
                _running = For(connection).Take(connection, made.CommandText);
            }
            _running.Transaction = made.Transaction;
            _running.CommandTimeout = made.CommandTimeout;
            _running.Parameters.Clear();
            foreach (SqliteParameter parameter in made.Parameters)
            {
                _running.Parameters.Add(parameter);
            }
            return _running;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_running is { } running)
                {
                    _running = null;
                    // A reader still open (the command disposed first, after a failure) has its statement midway, holding a
                    // read snapshot: the command goes with it rather than back to the cache.
                    if (_failed || _reader is { IsClosed: false })
                    {
                        _reader?.Dispose();
                        running.Dispose();
                    }
                    else
                    {
                        For(running.Connection!).Give(running);
                    }
                }
                made.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
