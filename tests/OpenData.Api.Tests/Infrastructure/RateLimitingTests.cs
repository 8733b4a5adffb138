using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Each test runs a host of its own with small limits.</summary>
public sealed class RateLimitingTests : IAsyncLifetime
{
    private readonly OpenDataApiFactory _factory = new();
    private WebApplicationFactory<Program> _limited = null!;

    public Task InitializeAsync()
    {
        _limited = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:AnonymousPermitsPerWindow", "3")
            .UseSetting("RateLimits:KeyPermitsPerWindow", "6")
            .UseSetting("RateLimits:WindowSeconds", "60")
            .UseSetting("RateLimits:GraphQLComplexityPerPermit", "10"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _limited.DisposeAsync();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Fact]
    public async Task OverTheLimitIsAnswered429WithRetryAfterAndProblemDetails()
    {
        using var client = _limited.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetAsync("/api/v1/areas/00"));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.Equal("application/problem+json", answers[3].Content.Headers.ContentType?.MediaType);
        Assert.NotNull(answers[3].Headers.RetryAfter);
    }

    [Fact]
    public async Task EveryResponseCarriesRateLimitHeaders()
    {
        using var client = _limited.CreateClient();
        var first = await client.GetAsync("/api/v1/areas/00");
        var second = await client.GetAsync("/api/v1/areas/00");

        Assert.Equal("\"default\";q=3;w=60", first.Headers.GetValues("RateLimit-Policy").Single());
        Assert.StartsWith("\"default\";r=2;", first.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
        Assert.StartsWith("\"default\";r=1;", second.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XForwardedForFromAnUntrustedClientDoesNotDodgeTheLimit()
    {
        using var client = _limited.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/00");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            last = await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }

    [Fact]
    public async Task ApiKeyClientsHaveTheirOwnLargerQuota()
    {
        using var anonymous = _limited.CreateClient();
        using var keyed = _limited.CreateClient();
        keyed.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        for (var i = 0; i < 4; i++)
        {
            await anonymous.GetAsync("/api/v1/areas/00");
        }

        var keyedAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            keyedAnswers.Add((await keyed.GetAsync("/api/v1/areas/00")).StatusCode);
        }

        Assert.All(keyedAnswers, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal("\"default\";q=6;w=60", (await keyed.GetAsync("/api/v1/areas/01")).Headers.GetValues("RateLimit-Policy").Single());
    }

    [Fact]
    public async Task AComplexGraphQLQueryCostsMoreThanOneRequest()
    {
        using var client = _limited.CreateClient();
        var cheap = await client.PostAsJsonAsync("/graphql", new { query = "{ area(code: \"00\") { name } }" });
        var expensive = await client.PostAsJsonAsync("/graphql", new { query = "{ areas(first: 100) { nodes { code name } } }" });
        var body = await expensive.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.True(HttpStatusCode.TooManyRequests == expensive.StatusCode, body.ToString());
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AGraphQLDocumentSentAgainIsChargedItsComplexityAgain()
    {
        // The second time the document comes from the validated-document cache, which must not skip the charge.
        using var client = _limited.CreateClient();
        const string query = "query Areas($first: Int!) { areas(first: $first) { nodes { code name } } }";
        var first = await client.PostAsJsonAsync("/graphql", new { query, variables = new { first = 6 } });
        var again = await client.PostAsJsonAsync("/graphql", new { query, variables = new { first = 6 } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("\"default\";r=1;", first.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    [Fact]
    public async Task IntrospectionCostsOneRequestHoweverComplexItIs()
    {
        using var client = _limited.CreateClient();
        // Priced at the longest each introspection list can be, this is far over 10 complexity, one extra request's worth here.
        var introspection = await client.PostAsJsonAsync("/graphql", new { query = "{ __schema { types { name fields { name args { name } } } } }" });

        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
        Assert.StartsWith("\"default\";r=2;", introspection.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiInfoPublishesTheRateLimits()
    {
        using var client = _limited.CreateClient();
        var info = await client.GetFromJsonAsync<JsonElement>("/api/v1/api-info");
        var limits = info.GetProperty("limits").GetProperty("rateLimits");

        Assert.Equal((3, 6, 60), (limits.GetProperty("anonymousRequestsPerWindow").GetInt32(), limits.GetProperty("keyRequestsPerWindow").GetInt32(),
            limits.GetProperty("windowSeconds").GetInt32()));
    }
}
