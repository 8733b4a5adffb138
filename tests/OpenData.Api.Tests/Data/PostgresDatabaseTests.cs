using Microsoft.Extensions.Configuration;
using Npgsql;
using OpenData.Api.Data.Postgres;

namespace OpenData.Api.Tests.Data;

public sealed class PostgresDatabaseTests
{
    [Theory]
    [InlineData("Host=db;Database=opendata", PostgresDatabase.AutoPreparedStatements)]
    [InlineData("Host=db;Database=opendata;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=opendata;MaxAutoPrepare=20", 20)]
    public void StatementsArePreparedAutomaticallyUnlessTheConnectionStringSaysOtherwise(string connectionString, int prepared)
    {
        var database = PostgresDatabase.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OpenData"] = connectionString, ["Database:BusyTimeoutSeconds"] = "7" })
            .Build());

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        Assert.Equal(prepared, settings.MaxAutoPrepare);
        Assert.Equal("-c lock_timeout=7s", settings.Options);
        Assert.Equal("db", settings.Host);
    }
}
