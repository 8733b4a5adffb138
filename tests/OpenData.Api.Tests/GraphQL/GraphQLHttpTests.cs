using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP rules: methods, media types and status codes.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLHttpTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task PostAnswersInGraphQLResponseJsonByDefault()
    {
        var response = await Client.PostAsync("/graphql", Json("""{"query":"{ area(code: \"00\") { name } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sverige", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentSentAgainIsReusedAndItsVariablesAreStillChecked()
    {
        const string query = "query Area($code: String!) { area(code: $code) { name } }";
        var first = await Client.PostAsJsonAsync("/graphql", new { query, variables = new { code = "00" } });
        var reused = api.Factory.Services.GetRequiredService<OpenData.Api.GraphQL.ValidatedDocuments>().Find(query);
        var other = await Client.PostAsJsonAsync("/graphql", new { query, variables = new { code = "01" } });
        var wrongType = await Client.PostAsJsonAsync("/graphql", new { query, variables = new { code = new[] { 1, 2 } } });
        var missing = await Client.PostAsJsonAsync("/graphql", new { query });
        var otherOperation = await Client.PostAsJsonAsync("/graphql", new { query, operationName = "Nothing", variables = new { code = "00" } });

        Assert.Contains("Sverige", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(reused);
        Assert.Contains("Stockholms län", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("INVALID_VALUE", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherOperation.StatusCode);
    }

    [Fact]
    public async Task ADocumentThatFailedValidationIsNotReused()
    {
        const string query = "{ area(code: \"00\") { nameThatDoesNotExist } }";
        var first = await Client.PostAsJsonAsync("/graphql", new { query });
        var again = await Client.PostAsJsonAsync("/graphql", new { query });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Null(api.Factory.Services.GetRequiredService<OpenData.Api.GraphQL.ValidatedDocuments>().Find(query));
    }

    [Fact]
    public async Task ApplicationJsonIsUsedWhenAskedFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query":"{ area(code: \"00\") { name } }"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await Client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnacceptableMediaTypeIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query":"{ area(code: \"00\") { name } }"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        Assert.Equal(HttpStatusCode.NotAcceptable, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task GetRunsQueries()
    {
        var response = await Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Region($code: String!) { area(code: $code) { name } }")
                                              + "&variables=" + Uri.EscapeDataString("""{"code":"13"}"""));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hallands län", body.GetProperty("data").GetProperty("area").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AMutationOverGetIs405()
    {
        var response = await Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteEverything }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task TheApiIsReadOnly()
    {
        var error = await Client.QueryErrorAsync("mutation { deleteEverything }", HttpStatusCode.BadRequest);
        var sdl = await Client.GetStringAsync("/graphql/schema.graphql");

        Assert.Contains("mutation", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("type Mutation", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnparsableDocumentIs400WithAGraphQLError()
    {
        var error = await Client.QueryErrorAsync("{ organisations { ", HttpStatusCode.BadRequest);

        Assert.Equal("SYNTAX_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnInvalidDocumentIs400WithAGraphQLError()
    {
        var error = await Client.QueryErrorAsync("{ organisations { nodes { salary } } }", HttpStatusCode.BadRequest);

        Assert.Contains("salary", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task APostWithoutJsonIs415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ area(code: \"00\") { name } }"}"""));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""[{"query":"{ area(code: \"00\") { name } }"}]""")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query":"{ area(code: \"00\") { name } }", "variables": [1]}""")]
    public async Task AMalformedBodyIs400(string body)
    {
        var response = await Client.PostAsync("/graphql", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutAQueryIs400()
    {
        var error = await Client.QueryErrorAsync("", HttpStatusCode.BadRequest);

        Assert.Equal("NO_QUERY", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheSchemaIsServedAsSdl()
    {
        var response = await Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
