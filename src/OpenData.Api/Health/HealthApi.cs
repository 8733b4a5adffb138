using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.Health;

public static class HealthApi
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [ReadyTag]);
        if (Redis.IsConfigured(builder.Configuration))
        {
            // Degraded, not unhealthy: without Redis the instance still serves, with its own rate limits and cache.
            checks.AddCheck<RedisCheck>("redis", failureStatus: HealthStatus.Degraded, tags: [ReadyTag]);
        }
        return builder;
    }

    /// <summary>
    /// /health/live: the process answers (for restarts), also while the database is still being prepared at start.
    /// /health/ready and /health: the database answers and every migration is applied (for load balancers); "unhealthy" at
    /// once while the database is still being prepared at start. 200 "healthy", or 503 "unhealthy"; with Redis configured and
    /// unreachable, 200 "degraded" (the instance serves with its own rate limits and cache).
    /// </summary>
    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync }).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync }).ExcludeFromDescription();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync }).ExcludeFromDescription();
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString().ToLowerInvariant()),
        }));
    }

    private sealed class RedisCheck(RedisConnection redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            const string fallback = "Redis cannot be reached: rate limits and the output cache are this instance's own until it is back.";
            if (!redis.Multiplexer.IsConnected)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, fallback);
            }
            try
            {
                var latency = await redis.Multiplexer.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.0} ms.");
            }
            catch (Exception e) when (RedisConnection.IsUnavailability(e))
            {
                return new HealthCheckResult(context.Registration.FailureStatus, fallback, e);
            }
        }
    }

    /// <summary>Whether the database's start has ended well; until then a check says so at once rather than wait for it.</summary>
    private static HealthCheckResult? NotStarted(DatabaseStart start) =>
        start.Ready.IsCompletedSuccessfully ? null
        : HealthCheckResult.Unhealthy(start.Ready.IsCompleted ? "The database could not be prepared at start." : "The database is still being prepared at start.");

    private sealed class DatabaseCheck(OpenDataDbContext db, DatabaseStart start) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            NotStarted(start)
            ?? (await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database cannot be reached."));
    }

    private sealed class MigrationsAppliedCheck(OpenDataDbContext db, DatabaseStart start) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (NotStarted(start) is { } notStarted)
            {
                return notStarted;
            }
            var pending = await db.Database.PendingMigrationsAsync(cancellationToken);
            return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied.");
        }
    }
}
