using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Sources;

[Collection(SeededApiCollection.Name)]
public sealed class SourcesApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("kind=legislation", 2)]
    [InlineData("kind=report", 4)]
    [InlineData("language=en", 5)]
    [InlineData("publisher=Storsthlm", 1)]
    [InlineData("mentionedIn=skl-regionala-resurscentra-2017", 5)]
    [InlineData("q=forordning", 2)]
    public async Task FiltersSelectTheMatchingSources(string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/sources?{query}&limit=100");

        Assert.Equal(expected, page.TotalCount());
    }

    [Fact]
    public async Task SourceNamesWhereItIsMentioned()
    {
        var report = await Client.GetJsonAsync("/api/v1/sources/slutrapport-rrc-stockholm-gotland-2019");

        Assert.Equal("2019-12", report.GetProperty("published").GetString());
        Assert.Equal("storsthlm-psykisk-halsa", report.GetProperty("mentionedIn").GetProperty("id").GetString());
    }

    [Fact]
    public async Task UnknownSourceReturnsProblemDetails()
    {
        await Client.GetProblemAsync("/api/v1/sources/no-such-source", HttpStatusCode.NotFound);
    }
}
