using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The API in process over its own database (<see cref="TestDatabase"/>: a SQLite file, or a PostgreSQL database when the suite
/// runs on PostgreSQL). The database is created, migrated and seeded at start, exactly as in production.
/// </summary>
public class OpenDataApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _clock;

    public OpenDataApiFactory(string? databasePath = null, string? seedPath = null, bool seed = true, TimeProvider? clock = null, bool outputCache = false,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _clock = clock;
        Database = new TestDatabase(databasePath);
        _settings = new(Database.Settings)
        {
            ["Seed:OnStartup"] = seed ? "true" : "false",
            // The in-process client has no address, so every test shares one client: the tests of limits set their own.
            ["RateLimits:AnonymousPermitsPerWindow"] = "1000000",
            ["RateLimits:KeyPermitsPerWindow"] = "1000000",
            // Tests count SQL queries; a cached answer would hide them. The caching tests turn it on.
            ["Http:OutputCacheSeconds"] = outputCache ? "60" : "0",
            // The poll for changes made outside the server would be counted too; the tests of it set their own interval.
            ["Http:DataChangePollSeconds"] = "3600",
            ["ApiKeys:0:Name"] = PublisherName,
            ["ApiKeys:0:Publisher"] = PublisherOrganisation,
            ["ApiKeys:0:Sha256"] = HashOf(PublisherKey),
            ["ApiKeys:1:Name"] = ScbPublisherName,
            ["ApiKeys:1:Publisher"] = ScbPublisherOrganisation,
            ["ApiKeys:1:Sha256"] = HashOf(ScbPublisherKey),
            ["ApiKeys:2:Name"] = OperatorName,
            ["ApiKeys:2:Operator"] = "true",
            ["ApiKeys:2:Sha256"] = HashOf(OperatorKey),
        };
        if (seedPath is not null)
        {
            _settings["Seed:Path"] = seedPath;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>The SQLite file (on SQLite only).</summary>
    public string DatabasePath => Database.Path;

    /// <summary>The test host's publisher key, NASP's, which writes nasp-sjalvmordstal-lan; the host is configured with its hash only.</summary>
    public const string PublisherKey = "test-publisher-key";
    public const string PublisherName = "test-publisher";
    public const string PublisherOrganisation = "nasp";

    /// <summary>A second publisher's key, SCB's, which writes scb-folkmangd.</summary>
    public const string ScbPublisherKey = "test-scb-key";
    public const string ScbPublisherName = "test-scb";
    public const string ScbPublisherOrganisation = "scb";

    /// <summary>An operator's key, which writes every dataset.</summary>
    public const string OperatorKey = "test-operator-key";
    public const string OperatorName = "test-operator";

    public static string HashOf(string key) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>Counts every SQL command this host sends.</summary>
    public QueryCounter Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Queries);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }
        });
    }

    /// <summary>Runs a query against the database behind the API.</summary>
    public async Task<T> QueryAsync<T>(Func<OpenDataDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OpenDataDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestDatabase.ReleaseConnections();
        }
    }

    /// <summary>Deletes the database.</summary>
    public void DeleteDatabase() => Database.Delete();
}

/// <summary>One seeded API shared by every read-only test class.</summary>
public class SeededApi : IAsyncLifetime
{
    public SeededApi()
        : this(null)
    {
    }

    /// <summary>
    /// A seeded API with settings of its own, for read-only tests of a configuration; with <paramref name="kestrel"/>, on a real
    /// Kestrel port on localhost (<see cref="Client"/>'s base address), for clients outside the process.
    /// </summary>
    protected SeededApi(IReadOnlyDictionary<string, string?>? settings, bool kestrel = false)
    {
        Factory = new OpenDataApiFactory(settings: settings);
        _kestrel = kestrel;
    }

    private readonly bool _kestrel;

    public OpenDataApiFactory Factory { get; }

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        if (_kestrel)
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
        }
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Factory.DeleteDatabase();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededApiCollection : ICollectionFixture<SeededApi>
{
    public const string Name = "Seeded API";
}

/// <summary>The seeded API on a real Kestrel port, shared by read-only tests whose client runs in another process.</summary>
public sealed class KestrelSeededApi() : SeededApi(settings: null, kestrel: true);

[CollectionDefinition(Name)]
public sealed class KestrelSeededApiCollection : ICollectionFixture<KestrelSeededApi>
{
    public const string Name = "Seeded API on Kestrel";
}
