using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Areas;

[Collection(SeededApiCollection.Name)]
public sealed class AreasApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("kind=healthcare-region", 6)]
    [InlineData("kind=county", 21)]
    [InlineData("kind=municipality", 290)]
    [InlineData("kind=country", 6)]
    [InlineData("parent=13", 6)]
    [InlineData("parent=00&kind=county", 21)]
    [InlineData("healthcareRegion=sjukvardsregion-vastra&kind=county", 2)]
    [InlineData("healthcareRegion=sjukvardsregion-sodra&kind=county", 4)]
    [InlineData("q=orebro", 2)]
    public async Task FiltersSelectTheMatchingAreas(string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/areas?{query}&limit=100");

        Assert.Equal(expected, page.TotalCount());
    }

    [Fact]
    public async Task HallandShowsBothHealthcareRegionsItsChildrenAndItsRegion()
    {
        var halland = await Client.GetJsonAsync("/api/v1/areas/13");

        Assert.Equal(6, halland.GetProperty("children").GetArrayLength());
        Assert.All(halland.GetProperty("healthcareRegions").EnumerateArray(), h => Assert.False(h.GetProperty("whole").GetBoolean()));
        Assert.Equal("region-halland", halland.GetProperty("organisations")[0].GetProperty("id").GetString());
        Assert.Equal("00", halland.GetProperty("parent").GetProperty("code").GetString());
    }

    [Fact]
    public async Task KungsbackaBelongsWhollyToVastra()
    {
        var kungsbacka = await Client.GetJsonAsync("/api/v1/areas/1384");

        var region = Assert.Single(kungsbacka.GetProperty("healthcareRegions").EnumerateArray());
        Assert.Equal("sjukvardsregion-vastra", region.GetProperty("code").GetString());
        Assert.True(region.GetProperty("whole").GetBoolean());
    }

    [Fact]
    public async Task UnknownAreaReturnsProblemDetails()
    {
        await Client.GetProblemAsync("/api/v1/areas/9999", HttpStatusCode.NotFound);
    }
}
