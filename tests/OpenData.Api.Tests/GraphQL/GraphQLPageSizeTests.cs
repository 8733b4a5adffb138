using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>An API whose page sizes (the Limits settings REST reads) differ from the defaults.</summary>
public sealed class OtherPageSizesApi : IAsyncLifetime
{
    public const int DefaultPageSize = 150;
    public const int MaxPageSize = 200;
    public const int MaxObservationPageSize = 300;

    private readonly OpenDataApiFactory _factory = new();
    private WebApplicationFactory<Program> _host = null!;

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _host = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Limits:DefaultPageSize", $"{DefaultPageSize}")
            .UseSetting("Limits:MaxPageSize", $"{MaxPageSize}")
            .UseSetting("Limits:MaxObservationPageSize", $"{MaxObservationPageSize}"));
        Client = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }
}

/// <summary>GraphQL pages are as large as REST's, by the same settings.</summary>
public sealed class GraphQLPageSizeTests(OtherPageSizesApi api) : IClassFixture<OtherPageSizesApi>
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task AConnectionWithoutFirstOrLastReturnsTheConfiguredDefaultPageSize()
    {
        var data = await Client.QueryAsync("""{ organisations { nodes { slug } } dataset(id: "scb-folkmangd") { observations { nodes { period } } } }""");

        Assert.Equal(OtherPageSizesApi.DefaultPageSize, data.GetProperty("organisations").GetProperty("nodes").GetArrayLength());
        Assert.Equal(OtherPageSizesApi.DefaultPageSize, data.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task FirstUpToTheConfiguredMaximumIsServedAndOneMoreIsRefused()
    {
        var served = await Client.QueryAsync($"{{ organisations(first: {OtherPageSizesApi.MaxPageSize}) {{ nodes {{ slug }} }} }}");
        var refused = await PageSizeErrorAsync($"{{ organisations(last: {OtherPageSizesApi.MaxPageSize + 1}) {{ totalCount }} }}");
        var refusedMembers = await PageSizeErrorAsync($"{{ networks(first: 1) {{ nodes {{ members(first: {OtherPageSizesApi.MaxPageSize + 1}) {{ totalCount }} }} }} }}");

        Assert.Equal(OtherPageSizesApi.MaxPageSize, served.GetProperty("organisations").GetProperty("nodes").GetArrayLength());
        Assert.Contains($"between 0 and {OtherPageSizesApi.MaxPageSize}", refused, StringComparison.Ordinal);
        Assert.Contains($"between 0 and {OtherPageSizesApi.MaxPageSize}", refusedMembers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodesTakesAsManyIdsAsTheConfiguredMaximumPageSize()
    {
        var ids = string.Join(", ", Enumerable.Repeat("\"T3JnYW5pc2F0aW9uOnNrcg==\"", OtherPageSizesApi.MaxPageSize + 1));

        var refused = await PageSizeErrorAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Contains($"at most {OtherPageSizesApi.MaxPageSize}", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObservationsTakeUpToTheConfiguredObservationMaximum()
    {
        var served = await Client.QueryAsync($$"""{ dataset(id: "scb-folkmangd") { observations(first: {{OtherPageSizesApi.MaxObservationPageSize}}) { nodes { period value } } } }""");
        var refused = await PageSizeErrorAsync($$"""{ dataset(id: "scb-folkmangd") { observations(first: {{OtherPageSizesApi.MaxObservationPageSize + 1}}) { totalCount } } }""");

        Assert.Equal(OtherPageSizesApi.MaxObservationPageSize, served.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").GetArrayLength());
        Assert.Contains($"between 0 and {OtherPageSizesApi.MaxObservationPageSize}", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiInfoAndTheSchemaPublishTheConfiguredPageSizes()
    {
        var limits = (await Client.GetJsonAsync("/api/v1/api-info")).GetProperty("limits").GetProperty("graphQL");
        var sdl = await Client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(OtherPageSizesApi.MaxPageSize, limits.GetProperty("maxPageSize").GetInt32());
        Assert.Equal(OtherPageSizesApi.MaxObservationPageSize, limits.GetProperty("maxObservationPageSize").GetInt32());
        Assert.Contains($"The first n records, at most {OtherPageSizesApi.MaxPageSize} (default {OtherPageSizesApi.DefaultPageSize})", sdl, StringComparison.Ordinal);
        Assert.Contains($"The first n records, at most {OtherPageSizesApi.MaxObservationPageSize} (default {OtherPageSizesApi.DefaultPageSize})", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWithoutFirstOrLastIsPricedAtTheConfiguredDefaultPageSize()
    {
        // 150 networks × 150 members × 4 fields; priced at five records a page, as GraphQL.NET would guess, it would pass.
        var error = await Client.QueryErrorAsync("{ networks { nodes { members { nodes { organisation { slug name kind } } } } } }", HttpStatusCode.BadRequest);

        Assert.Contains("complex", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> PageSizeErrorAsync(string query)
    {
        var (_, body) = await Client.PostGraphQLAsync(query);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("PAGE_SIZE", error.GetProperty("extensions").GetProperty("code").GetString());
        return error.GetProperty("message").GetString()!;
    }
}

/// <summary>One GraphQL request fetches what one REST request can: a full page of observations.</summary>
public sealed class GraphQLObservationPageTests
{
    [Fact]
    public async Task TenThousandObservationsWithTheFieldsOfARestRowComeBackInOneRequest()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.CreateClient();
            const int years = 152;
            await LargeDataset.UploadAsync(client, years);

            var data = await client.QueryAsync($$"""
                { dataset(id: "{{LargeDataset.Id}}") { observations(first: 10000) {
                    totalCount
                    pageInfo { hasNextPage }
                    nodes { id indicatorCode area { code name } period sex value status note source { slug } } } } }
                """);

            var observations = data.GetProperty("dataset").GetProperty("observations");
            var nodes = observations.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(LargeDataset.Rows(years), observations.GetProperty("totalCount").GetInt32());
            Assert.True(observations.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(10_000, nodes.Count);
            Assert.All(nodes, node => Assert.Equal(JsonValueKind.Number, node.GetProperty("value").ValueKind));
            Assert.Equal(10_000, nodes.Select(node => node.GetProperty("id").GetString()).Distinct().Count());
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
