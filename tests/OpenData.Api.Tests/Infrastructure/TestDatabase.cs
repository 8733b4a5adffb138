using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The database behind one test host, on the provider the suite runs on: SQLite files by default, or PostgreSQL when
/// <c>OPENDATA_TEST_DATABASE=postgres</c>, with <c>OPENDATA_TEST_POSTGRES</c> naming a server and a user allowed to create
/// databases (<c>.ci/start-postgres</c> starts one and prints it). Hosts given the same path share one database.
/// </summary>
public sealed class TestDatabase
{
    /// <summary>SQLite in the mode the API sets at start, before any test opens a connection (after that SQLite keeps its mode).</summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void ConfigureSqliteAsTheApiDoes() => Api.Data.Sqlite.SqliteDatabase.ConfigureLibrary();

    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("OPENDATA_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL server the suite runs on, without a database.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("OPENDATA_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("OPENDATA_TEST_DATABASE=postgres needs OPENDATA_TEST_POSTGRES, e.g. the line .ci/start-postgres prints.");

    /// <param name="path">The SQLite file; on PostgreSQL, the database is named after it.</param>
    public TestDatabase(string? path = null)
    {
        Path = path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opendata-test-{Guid.NewGuid():N}.db");
        var name = "opendata_test_" + new string(System.IO.Path.GetFileNameWithoutExtension(Path).Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        // PostgreSQL cuts longer names to 63 bytes, and two hosts could then share a database by accident.
        Name = name.Length <= 63 ? name : throw new ArgumentException($"The database name {name} is longer than PostgreSQL's 63 characters.", nameof(path));
    }

    /// <summary>The SQLite file (on SQLite only).</summary>
    public string Path { get; }

    /// <summary>The PostgreSQL database (on PostgreSQL only).</summary>
    public string Name { get; }

    public string PostgresConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = Name }.ConnectionString;

    /// <summary>The host's configuration for this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => OnPostgres
        ? new Dictionary<string, string?> { ["Database:Provider"] = "postgres", ["ConnectionStrings:OpenData"] = PostgresConnectionString }
        : new Dictionary<string, string?> { ["Database:Path"] = Path };

    /// <summary>The same settings as environment variables, for the API run as a separate process.</summary>
    public IReadOnlyDictionary<string, string?> EnvironmentVariables =>
        Settings.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);

    /// <summary>A connection to the server's maintenance database, where databases are created and dropped.</summary>
    private static NpgsqlConnection MaintenanceConnection() =>
        new(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);

    /// <summary>Lets go of pooled connections, so the database can be deleted or replaced.</summary>
    public static void ReleaseConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>
    /// Runs SQL on a connection of its own, as another process would (the import command, an administrator). Quote
    /// identifiers ("Datasets"): both databases read them so.
    /// </summary>
    public async Task ExecuteAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = OnPostgres
            ? new NpgsqlConnection(PostgresConnectionString)
            : new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL on the server's maintenance database, as its administrator would (PostgreSQL only).</summary>
    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var server = MaintenanceConnection();
        await server.OpenAsync();
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Makes <paramref name="target"/> a copy of this database, which no host may be using.</summary>
    public void CopyTo(TestDatabase target)
    {
        ReleaseConnections();
        if (!OnPostgres)
        {
            File.Copy(Path, target.Path);
            return;
        }
        using var server = MaintenanceConnection();
        server.Open();
        using var copy = new NpgsqlCommand($"CREATE DATABASE \"{target.Name}\" TEMPLATE \"{Name}\"", server);
        copy.ExecuteNonQuery();
    }

    /// <summary>Deletes the database: the SQLite file and its WAL companions, or the PostgreSQL database.</summary>
    public void Delete()
    {
        ReleaseConnections();
        if (OnPostgres)
        {
            using var server = MaintenanceConnection();
            server.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", server);
            drop.ExecuteNonQuery();
            return;
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}

/// <summary>
/// Tests that rely on the connections a host keeps in its pool: every other test's clean-up empties all the process's pools
/// (<see cref="TestDatabase.ReleaseConnections"/>), so these run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConnectionPoolCollection
{
    public const string Name = "Connection pools";
}
