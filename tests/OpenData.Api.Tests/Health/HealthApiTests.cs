using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenData.Api.Areas;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Health;

[Collection(SeededApiCollection.Name)]
public sealed class HealthApiTests(SeededApi api)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task ReadinessChecksTheDatabaseAndTheMigrations(string url)
    {
        var response = await api.Client.GetAsync(url);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("migrations").GetString());
    }

    [Fact]
    public async Task WithoutRedisConfiguredReadinessDoesNotAskForIt()
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.False(body.GetProperty("checks").TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task LivenessNeedsNoDatabase()
    {
        var body = await api.Client.GetFromJsonAsync<JsonElement>("/health/live");

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
    }
}

/// <summary>Each test here has a database of its own, to lock or break.</summary>
[Collection(ConnectionPoolCollection.Name)]
public sealed class DatabaseFailureTests
{
    [SqliteFact(nameof(ADatasetLockedByAnotherWriterIsAnswered503WithRetryAfterAndTheServiceRecovers))]
    public async Task ALockedDatabaseIsAnswered503WithRetryAfterAndTheServiceRecovers()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.WithWebHostBuilder(b => b.UseSetting("Database:BusyTimeoutSeconds", "1")).CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.ScbPublisherKey);
            const string upload = "indicator,area,period,sex,value\nFOLKMANGD,00,2024,total,1\n";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas/00")).StatusCode);

            HttpResponseMessage locked;
            await using (var blocker = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
            {
                // Another writer holds the database (readers still read: it is in WAL mode), so a write cannot get in.
                await blocker.OpenAsync();
                await using var transaction = await blocker.BeginTransactionAsync();
                await using var command = blocker.CreateCommand();
                command.CommandText = "UPDATE Datasets SET UpdatedAt = UpdatedAt";
                await command.ExecuteNonQueryAsync();
                locked = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations", new StringContent(upload, System.Text.Encoding.UTF8, "text/csv"));
            }
            var recovered = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations", new StringContent(upload, System.Text.Encoding.UTF8, "text/csv"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(locked.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [SqliteFact(nameof(ALostDatabaseFailsWritesReadsAndReadinessWith503AndTheServiceRecovers))]
    public async Task ADeletedDatabaseFileFailsWritesReadsAndReadinessWith503AndNoWriteIsAcknowledged()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.ScbPublisherKey);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas/00")).StatusCode);

            // The pooled connections keep the deleted file open, as they would in production.
            File.Delete(factory.DatabasePath);
            var answers = new[]
            {
                await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations",
                    new StringContent("indicator,area,period,sex,value\nFOLKMANGD,00,2024,total,1\n", System.Text.Encoding.UTF8, "text/csv")),
                await client.PutAsJsonAsync("/api/v1/datasets/written-after-deletion", new
                {
                    titleSv = "Skrivet efter borttagningen", publisher = "scb", sources = new[] { "opendata-reference-sources" },
                    indicators = new[] { new { code = "X", nameSv = "Ett mått", unitSv = "antal" } },
                }),
                await client.GetAsync("/api/v1/organisations/skr"),
                await client.GetAsync("/health/ready"),
            };

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
            Assert.All(answers.Take(3), a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
            Assert.False(File.Exists(factory.DatabasePath), "no new, empty database was created in its place");
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [SqliteFact(nameof(ALostDatabaseFailsWritesReadsAndReadinessWith503AndTheServiceRecovers))]
    public async Task ADatabaseFileReplacedByABackupIsServedFromTheNextRequestOn()
    {
        await using var factory = new OpenDataApiFactory();
        var backup = factory.DatabasePath + ".backup";
        try
        {
            using var client = factory.WithWebHostBuilder(b => b.UseSetting("Http:DataChangePollSeconds", "600")).CreateClient();
            Assert.Equal("Sverige", (await client.GetFromJsonAsync<AreaResponse>("/api/v1/areas/00", ApiJson.Options))!.Name);
            await using (var source = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
            await using (var copy = new SqliteConnection($"Data Source={backup};Pooling=False"))
            {
                await source.OpenAsync();
                await copy.OpenAsync();
                source.BackupDatabase(copy);
                await using var rename = copy.CreateCommand();
                // The copy's own log folded into its file, which is moved alone; the live database's log emptied, so that what
                // is read after the move is the moved file as it is.
                rename.CommandText = """UPDATE "Areas" SET "NameSv" = 'Sverige enligt säkerhetskopian' WHERE "Code" = '00'; PRAGMA journal_mode=DELETE""";
                await rename.ExecuteNonQueryAsync();
                await using var checkpoint = source.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }

            // The context's connection, kept open, still has the replaced file open: it is dropped, not read from.
            File.Move(backup, factory.DatabasePath, overwrite: true);
            var area = await client.GetFromJsonAsync<AreaResponse>("/api/v1/areas/00", ApiJson.Options);

            Assert.Equal("Sverige enligt säkerhetskopian", area!.Name);
        }
        finally
        {
            File.Delete(backup);
            factory.DeleteDatabase();
        }
    }

    [PostgresFact(nameof(ALockedDatabaseIsAnswered503WithRetryAfterAndTheServiceRecovers))]
    public async Task ADatasetLockedByAnotherWriterIsAnswered503WithRetryAfterAndTheServiceRecovers()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.WithWebHostBuilder(b => b.UseSetting("Database:BusyTimeoutSeconds", "1")).CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.ScbPublisherKey);
            const string upload = "indicator,area,period,sex,value\nFOLKMANGD,00,2024,total,1\n";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas/00")).StatusCode);

            HttpResponseMessage locked;
            await using (var blocker = new NpgsqlConnection(factory.Database.PostgresConnectionString))
            {
                // Another writer holds the dataset (readers still read), so a write cannot get in.
                await blocker.OpenAsync();
                await using var transaction = await blocker.BeginTransactionAsync();
                await using var command = new NpgsqlCommand("""UPDATE "Datasets" SET "UpdatedAt" = "UpdatedAt" WHERE "Id" = 'scb-folkmangd'""", blocker, transaction);
                await command.ExecuteNonQueryAsync();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/datasets/scb-folkmangd")).StatusCode);
                locked = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations", new StringContent(upload, System.Text.Encoding.UTF8, "text/csv"));
            }
            var recovered = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations", new StringContent(upload, System.Text.Encoding.UTF8, "text/csv"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(locked.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [PostgresFact(nameof(ADeletedDatabaseFileFailsWritesReadsAndReadinessWith503AndNoWriteIsAcknowledged))]
    public async Task ALostDatabaseFailsWritesReadsAndReadinessWith503AndTheServiceRecovers()
    {
        await using var factory = new OpenDataApiFactory();
        var database = factory.Database.Name;
        try
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.ScbPublisherKey);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/areas/00")).StatusCode);
            var revision = (await client.GetFromJsonAsync<JsonElement>("/api/v1/datasets/scb-folkmangd")).GetProperty("revision").GetInt32();

            // The server drops every connection and takes no new ones: the pooled connections break, as in a failover.
            await TestDatabase.ExecuteOnServerAsync($"""ALTER DATABASE "{database}" CONNECTION LIMIT 0""");
            await TestDatabase.ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
            var answers = new[]
            {
                await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations",
                    new StringContent("indicator,area,period,sex,value\nFOLKMANGD,00,2024,total,1\n", System.Text.Encoding.UTF8, "text/csv")),
                await client.PutAsJsonAsync("/api/v1/datasets/written-while-lost", new
                {
                    titleSv = "Skrivet under avbrottet", publisher = "scb", sources = new[] { "opendata-reference-sources" },
                    indicators = new[] { new { code = "X", nameSv = "Ett mått", unitSv = "antal" } },
                }),
                await client.GetAsync("/api/v1/organisations/skr"),
                await client.GetAsync("/health/ready"),
            };
            await TestDatabase.ExecuteOnServerAsync($"""ALTER DATABASE "{database}" CONNECTION LIMIT -1""");
            var recovered = await client.GetAsync("/api/v1/organisations/skr");
            var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/datasets/scb-folkmangd");

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
            Assert.All(answers.Take(3), a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
            Assert.All(answers.Take(3), a => Assert.NotNull(a.Headers.RetryAfter));
            Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
            Assert.Equal(revision, after.GetProperty("revision").GetInt32());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/datasets/written-while-lost")).StatusCode);
        }
        finally
        {
            await TestDatabase.ExecuteOnServerAsync($"""ALTER DATABASE "{database}" CONNECTION LIMIT -1""");
            factory.DeleteDatabase();
        }
    }
}
