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
