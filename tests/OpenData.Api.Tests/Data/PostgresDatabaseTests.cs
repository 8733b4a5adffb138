using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Api.Data;
using OpenData.Api.Data.Postgres;
using OpenData.Api.Tests.Infrastructure;

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

    [Theory]
    [InlineData("Host=db;Database=opendata", true)]
    [InlineData("Host=db;Database=opendata;No Reset On Close=false", false)]
    [InlineData("Host=db;Database=opendata;NoResetOnClose=false", false)]
    public void PooledConnectionsAreNotResetUnlessTheConnectionStringSaysOtherwise(string connectionString, bool notReset)
    {
        var database = PostgresDatabase.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OpenData"] = connectionString })
            .Build());

        Assert.Equal(notReset, new NpgsqlConnectionStringBuilder(database.ConnectionString).NoResetOnClose);
    }

    // Pooled connections are not reset, so whatever a write sets on its connection must end with it. One pooled connection:
    // the start (its startup lock and lock timeout), the imports and the read after them all run on the same session.
    [PostgresFact(nameof(SqliteStatementCacheTests.APragmaRunAgainTakesEffectAgain))]
    public async Task ImportsAndTheStartLeaveNoSettingOrTemporaryTableOnTheirPooledConnection()
    {
        await using var factory = new OpenDataApiFactory();
        await using var onePooledConnection = factory.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:OpenData", factory.Database.PostgresConnectionString + ";Maximum Pool Size=1"));
        using var client = onePooledConnection.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.ScbPublisherKey);

        var imported = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations",
            new StringContent("indicator,area,period,sex,value\nFOLKMANGD,00,2024,total,1\n", System.Text.Encoding.UTF8, "text/csv"));
        var rejected = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations",
            new StringContent("indicator,area,period,sex,value\nFOLKMANGD,no-such-area,2024,total,1\n", System.Text.Encoding.UTF8, "text/csv"));
        var session = await client.GetFromJsonAsync<JsonElement>("/api/v1/organisations/skr");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("no-such-area", await rejected.Content.ReadAsStringAsync());
        Assert.Equal("skr", session.GetProperty("id").GetString());
        await using var scope = onePooledConnection.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDbContext>();
        var settings = await db.Database.SqlQuery<string>($"""
            SELECT coalesce((SELECT string_agg(name, ',' ORDER BY name) FROM pg_settings WHERE source = 'session'), 'none set')
                || ' ' || current_setting('lock_timeout')
                || ' ' || (SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema())
                || ' ' || (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()) AS "Value"
            """).SingleAsync();
        // Settings made in the session (SET, not SET LOCAL), whatever the server's own; the lock timeout is the connection's.
        Assert.Equal("none set 5s 0 0", settings);
    }
}
