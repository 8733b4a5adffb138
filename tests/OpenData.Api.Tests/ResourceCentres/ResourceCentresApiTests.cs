using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.ResourceCentres;

[Collection(SeededApiCollection.Name)]
public sealed class ResourceCentresApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("", 1)]
    [InlineData("status=project", 1)]
    [InlineData("status=established", 0)]
    [InlineData("healthcareRegion=sjukvardsregion-stockholm-gotland", 1)]
    [InlineData("healthcareRegion=sjukvardsregion-norra", 0)]
    [InlineData("servedArea=09", 1)]
    [InlineData("servedArea=14", 0)]
    [InlineData("fundingAgreement=overenskommelse-psykisk-halsa-2017", 1)]
    [InlineData("leadOrganisation=region-stockholm", 0)]
    [InlineData("q=gotland", 1)]
    public async Task FiltersSelectTheMatchingResourceCentres(string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/resource-centres?{query}");

        Assert.Equal(expected, page.TotalCount());
    }

    [Fact]
    public async Task TheStockholmGotlandCentreShowsItsFundingAreasHistoryAndReport()
    {
        var centre = await Client.GetJsonAsync("/api/v1/resource-centres/rrc-stockholm-gotland");

        Assert.Equal("project", centre.GetProperty("status").GetString());
        Assert.Equal("sjukvardsregion-stockholm-gotland", centre.GetProperty("healthcareRegion").GetProperty("code").GetString());
        Assert.Equal(6_000_000, centre.GetProperty("fundingAllocation").GetProperty("amount").GetInt64());
        Assert.Equal("overenskommelse-psykisk-halsa-2017", centre.GetProperty("fundingAgreement").GetProperty("id").GetString());
        Assert.Equal(["01", "09"], centre.GetProperty("servedAreas").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        var period = Assert.Single(centre.GetProperty("statusHistory").EnumerateArray());
        Assert.Equal((2018, 2019), (period.GetProperty("fromYear").GetInt32(), period.GetProperty("toYear").GetInt32()));
        Assert.Equal("slutrapport-rrc-stockholm-gotland-2019", centre.GetProperty("reports")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task UnknownResourceCentreReturnsProblemDetails()
    {
        await Client.GetProblemAsync("/api/v1/resource-centres/rrc-atlantis", HttpStatusCode.NotFound);
    }
}
