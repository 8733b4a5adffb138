using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Data;

namespace OpenData.Api.Infrastructure;

/// <summary>Endpoint metadata: the endpoint streams its answer and sets its own validators, so it is neither buffered nor cached.</summary>
public sealed class StreamedResponse;

/// <summary>
/// Caching for readers: an ETag on every GET (304 for If-None-Match), Cache-Control: public, max-age, and a
/// server-side output cache that every write empties.
/// </summary>
public static class HttpCaching
{
    public const string DataTag = "data";

    public static RouteHandlerBuilder Streamed(this RouteHandlerBuilder builder) => builder.WithMetadata(new StreamedResponse());

    private static bool IsStreamed(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<StreamedResponse>() is not null;

    /// <summary>The request headers that choose an answer's format and language.</summary>
    private static readonly string[] AnswerVariesBy = ["Accept", "Accept-Language"];

    public static WebApplicationBuilder AddHttpCaching(this WebApplicationBuilder builder)
    {
        // 0 turns the server-side cache off (the validators and Cache-Control stay).
        var keep = builder.Configuration.GetValue("Http:OutputCacheSeconds", 60);
        builder.Services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
                .With(context => keep > 0 && !IsStreamed(context.HttpContext)
                              && (context.HttpContext.Request.Path.StartsWithSegments("/api/v1") || context.HttpContext.Request.Path.StartsWithSegments("/graphql")))
                .SetVaryByHeader(AnswerVariesBy)
                // By the query string as sent, rather than the default's parsed and sorted parameters: an answer served from the
                // cache then never parses the query. The same parameters in another order are cached apart.
                .SetVaryByQuery(Array.Empty<string>())
                .VaryByValue(context => new("query", context.Request.QueryString.Value ?? ""))
                .Expire(TimeSpan.FromSeconds(Math.Max(1, keep)))
                .Tag(DataTag));
        });
        if (Redis.IsConfigured(builder.Configuration))
        {
            AddSharedOutputCache(builder.Services);
        }
        builder.Services.AddSingleton<DataChanges>();
        builder.Services.AddSingleton<DataGeneration>();
        // Even with the output cache off, for what is kept in memory by DataGeneration; with Redis too, since a signal missed
        // while Redis was unreachable is caught up by the poll.
        builder.Services.AddHostedService<DataChangeWatcher>();
        return builder;
    }

    /// <summary>The output cache in Redis, with the in-memory one behind it for when Redis cannot be reached (see <see cref="SharedOutputCacheStore"/>).</summary>
    private static void AddSharedOutputCache(IServiceCollection services)
    {
        MoveOutputCacheStoreTo(SharedOutputCacheStore.LocalKey, services);
        services.AddStackExchangeRedisOutputCache(redis => redis.InstanceName = "opendata:");
        // The store takes the one connection as its own and closes it when the host stops, which is when the rest is done with it too.
        services.AddOptions<RedisOutputCacheOptions>()
            .Configure<RedisConnection>((redis, connection) => redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer));
        MoveOutputCacheStoreTo(SharedOutputCacheStore.SharedKey, services);
        services.AddSingleton<SharedOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<SharedOutputCacheStore>());
        services.AddHostedService<DataChangeSubscriber>();
    }

    /// <summary>Registers the output cache store registered last under a key instead, so the shared store can hold both.</summary>
    private static void MoveOutputCacheStoreTo(string key, IServiceCollection services)
    {
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore) && !d.IsKeyedService);
        services.Remove(store);
        services.Add(store.ImplementationType is { } type
            ? ServiceDescriptor.KeyedSingleton(typeof(IOutputCacheStore), key, type)
            : ServiceDescriptor.KeyedSingleton<IOutputCacheStore>(key, (provider, _) => (IOutputCacheStore)store.ImplementationFactory!(provider)));
    }

    public static WebApplication UseHttpCaching(this WebApplication app)
    {
        var maxAge = app.Configuration.GetValue("Http:CacheMaxAgeSeconds", 60);
        // The output cache comes first and keeps the validators with the answer: a hit is served (or answered 304 for a matching
        // If-None-Match) straight from the cache, without being buffered and hashed again.
        app.UseOutputCache();
        app.Use(async (context, next) =>
        {
            if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) || IsStreamed(context))
            {
                await next(context);
                return;
            }
            // Buffer the answer to hash it; downloads stream and set their own ETag from the dataset revision.
            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                if (string.IsNullOrEmpty(response.Headers.ETag))
                {
                    response.Headers.ETag = $"W/\"{Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
                }
                if (string.IsNullOrEmpty(response.Headers.CacheControl) && !context.Request.Path.StartsWithSegments("/health"))
                {
                    response.Headers.CacheControl = $"public, max-age={maxAge}";
                }
                // A shared cache on the way must key the answer as the output cache does, or it gives a Swedish answer to an
                // English reader.
                if (string.IsNullOrEmpty(response.Headers.Vary))
                {
                    response.Headers.Vary = string.Join(", ", AnswerVariesBy);
                }
                if (IfNoneMatch(context.Request, response.Headers.ETag!))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    return;
                }
            }
            if (buffer.Length == 0)
            {
                // Nothing written must not start the answer: the status-code pages outside still write a problem for it.
                return;
            }
            // No Content-Length: the answer ends when the pipeline does, after the output cache has stored it, so a client that
            // asks again (through this instance or another one sharing the cache) finds it there.
            await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
        });
        return app;
    }

    /// <summary>Empties this instance's output cache (and the shared one in Redis).</summary>
    public static Task EvictDataAsync(this IOutputCacheStore store, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(DataTag, cancellationToken).AsTask();

    /// <summary>Whether the client already holds this version (If-None-Match names the ETag, weakly compared, or *).</summary>
    public static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null
            && value.Split(',').Select(v => v.Trim()).Any(v => v == "*" || v == etag || v.TrimStart('W', '/') == etag.TrimStart('W', '/')));
}

/// <summary>
/// What a write does once it is committed, so that no reader sees the old data: moves the <see cref="DataGeneration"/> on,
/// empties the output cache and, with Redis, tells every other instance to do the same.
/// </summary>
public sealed class DataChanges(IOutputCacheStore cache, DataGeneration generation, SharedOutputCacheStore? shared = null)
{
    public async Task AnnounceAsync()
    {
        generation.Advance();
        // Even if the client that wrote has gone: the write is committed.
        await cache.EvictDataAsync(CancellationToken.None);
        if (shared is not null)
        {
            await shared.SignalAsync(HttpCaching.DataTag);
        }
    }
}

/// <summary>
/// Counts the changes to the data this instance has heard of: its own writes (<see cref="DataChanges"/>), another process's
/// (<see cref="DataChangeWatcher"/>), another instance's (the change signal), and the changes it may have missed while Redis
/// could not be reached. What a feature keeps in memory beside the
/// output cache is kept with the generation it was read in, and read again once the generation has moved on.
/// </summary>
public sealed class DataGeneration
{
    private long _current;

    public long Current => Volatile.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}

/// <summary>
/// Empties the output cache, and moves the <see cref="DataGeneration"/> on, when the data changes outside this process (an import
/// by command line, another instance without Redis): every few seconds it
/// reads when the data last changed (the latest update of any tracked record, or the latest deletion; see
/// <see cref="DataLastChanged.DataLastChangedAsync"/>), a single cheap query. With Redis, the change signal empties it at once,
/// and this catches what an instance missed while it could not reach Redis.
/// </summary>
public sealed class DataChangeWatcher(IServiceScopeFactory scopes, IOutputCacheStore cache, DataGeneration generation, IConfiguration configuration,
    DatabaseStart databaseStart, ILogger<DataChangeWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Http:DataChangePollSeconds", 5.0));
        if (interval <= TimeSpan.Zero)
        {
            // Turned off: a change from outside is seen when the output cache and what is kept in memory expire.
            logger.LogInformation("Http:DataChangePollSeconds is {Seconds}: changes made outside this instance are not polled for", interval.TotalSeconds);
            return;
        }
        try
        {
            // The server may start before the database is migrated and seeded: the first reading is of the database ready.
            await databaseStart.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception) when (databaseStart.Ready.IsCompleted)
        {
            // The start failed or was called off; the API is stopping.
            return;
        }
        DateTime? seen = null;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var latest = await scope.ServiceProvider.GetRequiredService<OpenDataDbContext>().DataLastChangedAsync(stoppingToken);
                // No signal: every instance polls.
                if (seen is not null && latest != seen)
                {
                    generation.Advance();
                    await cache.EvictDataAsync(stoppingToken);
                }
                else if (seen is null)
                {
                    // What was kept in memory before the first poll is read again: a change made between the start and this poll is
                    // already in the state it now takes as unchanged. (The output cache is not emptied: with Redis it is every
                    // instance's, and its entries expire.)
                    generation.Advance();
                }
                seen = latest;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not check whether the data changed");
            }
        }
    }
}
