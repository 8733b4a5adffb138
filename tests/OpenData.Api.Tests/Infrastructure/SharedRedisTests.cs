using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Api.Infrastructure;
using StackExchange.Redis;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// Two instances of the API, A and B, each a Kestrel server on a port of its own, on one database (a SQLite file, or PostgreSQL
/// when the suite runs on it) and one Redis (a redis-server of the test's own): what one instance does, the
/// other sees at once, and losing Redis degrades each to its own limits and cache without failing a request.
/// </summary>
public sealed class SharedRedisTests(SeededDatabase seeded) : IAsyncLifetime, IClassFixture<SeededDatabase>
{
    private const string Observation = "/api/v1/datasets/nasp-sjalvmordstal-lan/observations?area=00&period=2023&indicator=NASP_SUICIDE_RATE_15PLUS";

    /// <summary>How long a test waits for something that should happen at once, on a loaded machine.</summary>
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database = new();
    private readonly List<IAsyncDisposable> _hosts = [];
    private readonly List<HttpClient> _clients = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        seeded.CopyTo(_database);
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }
        await _redis.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task OneLimitPerClientIsCountedAcrossBothInstancesWithTheSameHeadersAnd429()
    {
        var (a, b) = await StartTwoInstancesAsync(new() { ["RateLimits:AnonymousPermitsPerWindow"] = "4" });
        var answers = new List<HttpResponseMessage>();
        foreach (var instance in new[] { a, b, a, b })
        {
            answers.Add(await instance.Client.GetAsync("/api/v1/areas/00"));
        }

        var overOnA = await a.Client.GetAsync("/api/v1/areas/00");
        var overOnB = await b.Client.GetAsync("/api/v1/areas/00");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(["\"default\";r=3;t=60", "\"default\";r=2;t=60", "\"default\";r=1;t=60", "\"default\";r=0;t=60"],
            answers.Select(answer => answer.Headers.GetValues("RateLimit").Single()));
        foreach (var over in new[] { overOnA, overOnB })
        {
            await over.ReadProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.InRange(over.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
            Assert.Equal("\"default\";q=4;w=60", over.Headers.GetValues("RateLimit-Policy").Single());
            Assert.Equal("\"default\";r=0;t=60", over.Headers.GetValues("RateLimit").Single());
        }
    }

    [Fact]
    public async Task AComplexGraphQLQueryIsChargedInTheSharedCount()
    {
        var (a, b) = await StartTwoInstancesAsync(new()
        {
            ["RateLimits:AnonymousPermitsPerWindow"] = "100",
            ["RateLimits:GraphQLComplexityPerPermit"] = "1",
        });

        var query = await a.Client.PostAsJsonAsync("/graphql", new { query = "{ area(code: \"00\") { code name } }" });
        var next = await b.Client.GetAsync("/api/v1/areas/00");

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        var leftAfterQuery = Remaining(query);
        Assert.True(leftAfterQuery < 99, $"the query was charged more than one request: {leftAfterQuery} left of 100");
        Assert.Equal(leftAfterQuery - 1, Remaining(next));
    }

    [Fact]
    public async Task AWriteThroughOneInstanceIsSeenThroughTheOtherOnTheNextRequest()
    {
        var (a, b) = await StartTwoInstancesAsync(outputCache: true);
        var before = await b.Client.GetJsonAsync(Observation);
        var queries = a.Factory.Queries.Count;
        var fromTheSharedCache = await a.Client.GetJsonAsync(Observation);
        Assert.Equal(queries, a.Factory.Queries.Count);

        Assert.Equal(HttpStatusCode.OK, (await a.Publisher.PutAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations",
            new StringContent("indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2023,99.5\n", Encoding.UTF8, "text/csv"))).StatusCode);
        var after = await b.Client.GetJsonAsync(Observation);

        Assert.Equal(18.4, ValueIn(before));
        Assert.Equal(18.4, ValueIn(fromTheSharedCache));
        Assert.Equal(99.5, ValueIn(after));
    }

    [Fact]
    public async Task TheChangeSignalEmptiesEveryInstancesCacheAtOnce()
    {
        var (a, b) = await StartTwoInstancesAsync(outputCache: true);
        await a.Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd");
        await b.Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd");
        await ChangeTitleBehindTheApiAsync("Ändrad utifrån");
        Assert.Equal("Folkmängd", (await b.Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd")).GetProperty("title").GetString());

        await using (var publisher = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration))
        {
            Assert.Equal(2, await publisher.GetSubscriber().PublishAsync(SharedOutputCacheStore.ChangeChannel, HttpCaching.DataTag));
        }

        await EventuallyAsync(async () => (await a.Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd")).GetProperty("title").GetString() == "Ändrad utifrån"
                                          && (await b.Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd")).GetProperty("title").GetString() == "Ändrad utifrån",
            "both instances show the changed title");
    }

    [Fact]
    public async Task TheImportCommandEmptiesTheCachesOfRunningInstances()
    {
        var (a, b) = await StartTwoInstancesAsync(outputCache: true);
        Assert.Equal(18.4, ValueIn(await a.Client.GetJsonAsync(Observation)));
        Assert.Equal(18.4, ValueIn(await b.Client.GetJsonAsync(Observation)));
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2023,42.5\n");
        try
        {
            var (exitCode, output) = await RunOperatorCommandAsync("import", file, "--dataset", "nasp-sjalvmordstal-lan");
            Assert.True(exitCode == 0, output);

            await EventuallyAsync(async () => ValueIn(await a.Client.GetJsonAsync(Observation)) == 42.5 && ValueIn(await b.Client.GetJsonAsync(Observation)) == 42.5,
                "both instances show the imported value");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task WithoutRedisBothInstancesServeWithTheirOwnLimitsAndCacheAndShareAgainWhenItIsBack()
    {
        var (a, b) = await StartTwoInstancesAsync(new() { ["RateLimits:AnonymousPermitsPerWindow"] = "6" }, outputCache: true);
        Assert.Equal(HttpStatusCode.OK, (await a.Client.GetAsync("/api/v1/areas/00")).StatusCode);

        await _redis.KillAsync();
        var readyA = await EventuallyReadyAsync(a, "degraded");
        var readyB = await EventuallyReadyAsync(b, "degraded");

        Assert.Equal("degraded", readyA.GetProperty("checks").GetProperty("redis").GetString());
        Assert.Equal("healthy", readyA.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("degraded", readyB.GetProperty("checks").GetProperty("redis").GetString());
        var stopwatch = Stopwatch.StartNew();
        // Each instance caches on its own now...
        await a.Client.GetJsonAsync(Observation);
        var queries = a.Factory.Queries.Count;
        await a.Client.GetJsonAsync(Observation);
        Assert.Equal(queries, a.Factory.Queries.Count);
        // ...and counts on its own: A's six requests leave B's count untouched.
        var onA = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            onA.Add((await a.Client.GetAsync("/api/v1/areas/00")).StatusCode);
        }
        var onB = await b.Client.GetAsync("/api/v1/areas/00");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], onA);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal("\"default\";r=5;t=60", onB.Headers.GetValues("RateLimit").Single());
        // No request waits for Redis.
        for (var i = 0; i < 20; i++)
        {
            await a.Publisher.GetJsonAsync("/api/v1/areas/00");
        }
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"28 requests without Redis took {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Single(a.Logs.Entries, e => e is { Level: LogLevel.Warning, Category: "OpenData.Api.Infrastructure.RedisConnection" });

        await _redis.StartAgainAsync();
        await EventuallyReadyAsync(a, "healthy");
        await EventuallyReadyAsync(b, "healthy");
        // The connection is back before the instance has said so and stopped counting on its own.
        await EventuallyAsync(() => Task.FromResult(a.Logs.Entries.Any(IsBackAgain) && b.Logs.Entries.Any(IsBackAgain)), "both instances log that Redis is back");

        // One count again, in the new Redis: A's own count is spent and B's has five left, so only a shared count answers so.
        var shared = new List<HttpStatusCode>();
        foreach (var instance in new[] { a, b, a, b, a, b, b })
        {
            shared.Add((await instance.Client.GetAsync("/api/v1/areas/00")).StatusCode);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 6), HttpStatusCode.TooManyRequests], shared);
        Assert.Single(a.Logs.Entries, e => e is { Level: LogLevel.Warning, Category: "OpenData.Api.Infrastructure.RedisConnection" });

        static bool IsBackAgain(LogEntry entry) => entry is { Level: LogLevel.Information, Category: "OpenData.Api.Infrastructure.RedisConnection" };
    }

    private sealed record Instance(OpenDataApiFactory Factory, HttpClient Client, HttpClient Publisher, CapturingLoggerProvider Logs);

    private async Task<(Instance A, Instance B)> StartTwoInstancesAsync(Dictionary<string, string?>? settings = null, bool outputCache = false)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Redis:Configuration"] = _redis.Configuration,
            // The poll would empty the caches too; so slow, it cannot be what a test sees.
            ["Http:DataChangePollSeconds"] = "600",
        };
        return (await StartInstanceAsync(all, outputCache), await StartInstanceAsync(all, outputCache));
    }

    private async Task<Instance> StartInstanceAsync(Dictionary<string, string?> settings, bool outputCache)
    {
        var factory = new OpenDataApiFactory(_database.Path, outputCache: outputCache, settings: settings);
        _hosts.Add(factory);
        var logs = new CapturingLoggerProvider();
        // Real servers on ports of their own, as behind a load balancer; both see the client at 127.0.0.1.
        var host = factory.WithWebHostBuilder(builder => builder
            .UseSetting("urls", "http://127.0.0.1:0")
            .ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        _hosts.Add(host);
        host.UseKestrel();
        host.StartServer();
        var client = host.CreateClient();
        var publisher = host.CreateClient();
        // Behind the load balancer every instance is asked for the same public host name (the cache keys include it).
        client.DefaultRequestHeaders.Host = publisher.DefaultRequestHeaders.Host = "opendata.example";
        publisher.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        _clients.AddRange([client, publisher]);
        // The readiness check waits for the instance's start (and its seeding) before the next one starts on the same file.
        await publisher.GetAsync("/health/ready");
        return new Instance(factory, client, publisher, logs);
    }

    /// <summary>Asks for readiness (with a key, whose quota is large, so the asking does not spend the anonymous one) until it says <paramref name="status"/>.</summary>
    private static async Task<JsonElement> EventuallyReadyAsync(Instance instance, string status)
    {
        JsonElement ready = default;
        await EventuallyAsync(async () =>
        {
            var response = await instance.Publisher.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ready = await response.Content.ReadFromJsonAsync<JsonElement>();
            return ready.GetProperty("status").GetString() == status;
        }, $"readiness says {status}");
        return ready;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Soon;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {Soon.TotalSeconds} s: {what}.");
            await Task.Delay(50);
        }
    }

    private async Task ChangeTitleBehindTheApiAsync(string title)
    {
        await _database.ExecuteAsync($"""UPDATE "Datasets" SET "TitleSv" = '{title.Replace("'", "''", StringComparison.Ordinal)}' WHERE "Id" = 'scb-folkmangd'""");
    }

    private Task<(int ExitCode, string Output)> RunOperatorCommandAsync(params string[] arguments) =>
        OperatorCommand.RunAsync(_database, new Dictionary<string, string?> { ["Redis__Configuration"] = _redis.Configuration }, arguments);

    private static long Remaining(HttpResponseMessage response) =>
        long.Parse(response.Headers.GetValues("RateLimit").Single().Split(';').Single(part => part.StartsWith("r=", StringComparison.Ordinal))[2..]);

    private static double ValueIn(JsonElement page) => page.GetProperty("items")[0].GetProperty("value").GetDouble();
}

/// <summary>A database seeded once, copied for each test (a file, or a PostgreSQL template): seeding on a busy machine takes seconds, copying milliseconds.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly OpenDataApiFactory _factory = new();

    public async Task InitializeAsync()
    {
        _factory.CreateClient().Dispose();
        await _factory.DisposeAsync();
    }

    public void CopyTo(TestDatabase target) => _factory.Database.CopyTo(target);

    public Task DisposeAsync()
    {
        _factory.DeleteDatabase();
        return Task.CompletedTask;
    }
}
