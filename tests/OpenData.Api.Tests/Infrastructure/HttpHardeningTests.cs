using System.Net;

namespace OpenData.Api.Tests.Infrastructure;

[Collection(SeededApiCollection.Name)]
public sealed class HttpHardeningTests(SeededApi api)
{
    [Theory]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/docs/index.html")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await api.Client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/api/v1/organisations?kind=region", "application/json")]
    [InlineData("/api/v1/organisations/skr", "application/json")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.csv", "text/csv")]
    [InlineData("/", "text/html")]
    [InlineData("/datasets", "text/html")]
    [InlineData("/graphql?query=%7Bareas%7BtotalCount%7D%7D", "application/graphql-response+json")]
    [InlineData("/openapi/v1.json", "application/json")]
    public async Task HeadIsAnsweredLikeGetWithoutABody(string url, string mediaType)
    {
        var get = await api.Client.GetAsync(url);
        var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadOfAMissingResourceIs404WithoutABody()
    {
        var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/organisations/no-such-organisation"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HtmlPagesCarryAContentSecurityPolicyAndJsonDoesNot()
    {
        var page = await api.Client.GetAsync("/docs/index.html");
        var json = await api.Client.GetAsync("/api/v1/areas/00");

        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(json.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task AnyOriginMayReadButNotWrite()
    {
        using var read = new HttpRequestMessage(HttpMethod.Options, "/api/v1/organisations");
        read.Headers.Add("Origin", "https://example.org");
        read.Headers.Add("Access-Control-Request-Method", "GET");
        using var write = new HttpRequestMessage(HttpMethod.Options, "/api/v1/datasets/scb-folkmangd/observations");
        write.Headers.Add("Origin", "https://example.org");
        write.Headers.Add("Access-Control-Request-Method", "PUT");

        var readResponse = await api.Client.SendAsync(read);
        var writeResponse = await api.Client.SendAsync(write);

        Assert.Equal("*", readResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.DoesNotContain("PUT", writeResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? string.Join(",", methods) : "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyQueryParametersAreRefused()
    {
        var response = await api.Client.GetAsync("/api/v1/organisations?" + string.Join("&", Enumerable.Range(0, 41).Select(i => $"p{i}=x")));
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("40", problem, StringComparison.Ordinal);
    }
}

[Collection(SeededApiCollection.Name)]
public sealed class TraceContextAndBodyLimitTests(SeededApi api)
{
    [Fact]
    public async Task AnIncomingTraceparentIsContinuedAndReturned()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations/no-such-organisation");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var response = await api.Client.SendAsync(request);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Contains(traceId, response.Headers.GetValues("traceparent").Single(), StringComparison.Ordinal);
        Assert.Contains(traceId, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefused()
    {
        using var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        var body = "{\"titleSv\": \"" + new string('x', 2_000_000) + "\"}";

        var response = await client.PutAsync("/api/v1/datasets/too-big", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/datasets/too-big")).StatusCode);
    }

    [Fact]
    public async Task AnUploadOfObservationsMayBeLargerThanOtherBodies()
    {
        using var client = api.Factory.CreateClient();
        var rows = string.Concat(Enumerable.Repeat("NOPE,00,2024,1\n", 100_000));

        // Over the 1 MiB general limit but under the upload limit: it reaches validation (and fails there, changing nothing).
        var response = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations",
            new StringContent("indicator,area,period,value\n" + rows, System.Text.Encoding.UTF8, "text/csv") { Headers = { { "X-Api-Key", OpenDataApiFactory.ScbPublisherKey } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NOPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8IsRefusedWithoutAServerError()
    {
        using var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        var invalid = new ByteArrayContent([0x7B, 0x22, 0x71, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]);
        invalid.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var graphQL = await client.PostAsync("/graphql", invalid);
        var metadata = await client.PutAsync("/api/v1/datasets/x", new ByteArrayContent([0xC3, 0x28, 0xFF]) { Headers = { ContentType = new("application/json") } });

        Assert.InRange((int)graphQL.StatusCode, 400, 499);
        Assert.InRange((int)metadata.StatusCode, 400, 499);
    }
}
