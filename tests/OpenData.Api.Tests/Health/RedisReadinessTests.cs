using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Health;

/// <summary>
/// With Redis configured, readiness checks it too. Without Redis the instance still serves (its own rate limits and cache), so an
/// unreachable Redis makes readiness 200 "degraded", which keeps it in a load balancer, not 503 "unhealthy".
/// </summary>
public sealed class RedisReadinessTests
{
    [Fact]
    public async Task ReadinessChecksRedisWhenItIsConfigured()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var factory = new OpenDataApiFactory(settings: new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        try
        {
            var (status, ready) = await ReadyAsync(factory.CreateClient());

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("healthy", ready.GetProperty("status").GetString());
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("redis").GetString());
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task AnInstanceWhoseRedisCannotBeReachedIsReadyButDegradedAndServes()
    {
        await using var factory = new OpenDataApiFactory(settings: new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{RedisServer.FreePort()}",
            ["RateLimits:AnonymousPermitsPerWindow"] = "2",
        });
        try
        {
            using var client = factory.CreateClient();
            var (status, ready) = await ReadyAsync(client);
            var answers = new[] { await client.GetAsync("/api/v1/areas/00"), await client.GetAsync("/api/v1/areas/00") };

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("degraded", ready.GetProperty("status").GetString());
            Assert.Equal("degraded", ready.GetProperty("checks").GetProperty("redis").GetString());
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("database").GetString());
            // The readiness request was the first of two: the limit is counted here, in process.
            Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, answers[1].StatusCode);
            Assert.NotNull(answers[1].Headers.RetryAfter);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
