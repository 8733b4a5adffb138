namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// A test of something only SQLite has (its file, its locks). On a PostgreSQL run it is reported skipped, naming the test
/// that covers the same behaviour there.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string postgresCounterpart)
    {
        if (TestDatabase.OnPostgres)
        {
            Skip = $"SQLite only; on PostgreSQL: {postgresCounterpart}.";
        }
    }
}

/// <summary>A test of something only PostgreSQL has; on a SQLite run it is reported skipped, naming its SQLite counterpart.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute(string sqliteCounterpart)
    {
        if (!TestDatabase.OnPostgres)
        {
            Skip = $"PostgreSQL only (OPENDATA_TEST_DATABASE=postgres); on SQLite: {sqliteCounterpart}.";
        }
    }
}
