using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenData.Api.Infrastructure;

/// <summary>Rate limits per client; bound from the "RateLimits" configuration section and published in api-info.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per window for a client without a key, counted per address.</summary>
    public int AnonymousPermitsPerWindow { get; set; } = 600;
    /// <summary>Requests per window for a client with a valid API key, counted per key.</summary>
    public int KeyPermitsPerWindow { get; set; } = 6_000;
    public int WindowSeconds { get; set; } = 60;
    /// <summary>A GraphQL request costs one request more per this much estimated complexity.</summary>
    public int GraphQLComplexityPerPermit { get; set; } = 500;
    /// <summary>Proxies whose X-Forwarded-For is believed. Nobody else's is, so the header cannot dodge the limit.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}

public static class RateLimiting
{
    private const string PolicyName = "default";

    public static WebApplicationBuilder AddClientRateLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection("RateLimits"));
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // With no proxy configured, X-Forwarded-For is ignored altogether (empty known lists would trust everyone).
            forwarded.ForwardedHeaders = options.TrustedProxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only the configured proxies are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        var local = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var key = PartitionOf(context);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = QuotaOf(key, options),
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                QueueLimit = 0,
            });
        });
        builder.Services.AddSingleton(services => new ClientRateLimiter(services.GetService<RedisConnection>() is { } redis
            ? new SharedClientRateLimiter(local, redis, options)
            : local));
        builder.Services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds)
                    : rejected.Lease.TryGetMetadata(RedisRateLimiting.RateLimitMetadataName.RetryAfter, out var seconds) ? seconds
                    : options.WindowSeconds;
                await WriteTooManyRequestsAsync(rejected.HttpContext, Math.Max(1, retryAfter));
            };
        });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<ClientRateLimiter>((rateLimiter, client) => rateLimiter.GlobalLimiter = client.Limiter);
        return builder;
    }

    public static WebApplication UseClientRateLimits(this WebApplication app)
    {
        var options = app.Configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        var limiter = app.Services.GetRequiredService<ClientRateLimiter>();
        // draft-ietf-httpapi-ratelimit-headers; t is an upper bound: the window is at most this long.
        var anonymousPolicy = $"\"{PolicyName}\";q={options.AnonymousPermitsPerWindow};w={options.WindowSeconds}";
        var keyPolicy = $"\"{PolicyName}\";q={options.KeyPermitsPerWindow};w={options.WindowSeconds}";
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var withKey = HasKey(PartitionOf(context));
                var quota = withKey ? options.KeyPermitsPerWindow : options.AnonymousPermitsPerWindow;
                var remaining = SharedClientRateLimiter.RemainingPermits(context) ?? limiter.Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? quota;
                context.Response.Headers["RateLimit-Policy"] = withKey ? keyPolicy : anonymousPolicy;
                context.Response.Headers["RateLimit"] = $"\"{PolicyName}\";r={remaining};t={options.WindowSeconds}";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>A client is its API key when it has a valid one, otherwise its address (from a trusted proxy's X-Forwarded-For, or the connection).</summary>
    public static string PartitionOf(HttpContext context)
    {
        // Asked three times a request (to count it, for its statistics and for the headers): worked out once per user it is asked for.
        if (context.Features.Get<ClientPartition>() is { } known && ReferenceEquals(known.User, context.User))
        {
            return known.Key;
        }
        var key = context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? $"key:{name}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        context.Features.Set(new ClientPartition(context.User, key));
        return key;
    }

    private sealed record ClientPartition(System.Security.Claims.ClaimsPrincipal User, string Key);

    /// <summary>Whether the partition is an API key's rather than an address's.</summary>
    public static bool HasKey(string partition) => partition.StartsWith("key:", StringComparison.Ordinal);

    public static int QuotaOf(string partition, RateLimitOptions options) => HasKey(partition) ? options.KeyPermitsPerWindow : options.AnonymousPermitsPerWindow;

    public static Task WriteTooManyRequestsAsync(HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(ApiProblems.TooManyRequests(retryAfterSeconds)).ExecuteAsync(context);
    }
}

/// <summary>The limiter shared by the middleware and GraphQL, which charges extra for complex queries (with <c>AcquireAsync</c>).</summary>
/// <param name="Limiter">Counts each client's requests: in this process, or in Redis when it is configured.</param>
public sealed record ClientRateLimiter(PartitionedRateLimiter<HttpContext> Limiter);
