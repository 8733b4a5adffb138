using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Networks;

[Collection(SeededApiCollection.Name)]
public sealed class NetworksApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("kind=working-group", "iimhl-council-for-clinical-leaders,iimhl-disability-leadership,iimhl-mental-health-metrics")]
    [InlineData("kind=county-network", "lansnatverket-strategiska-folkhalsofragor,storsthlm-samordnarnatverk")]
    [InlineData("parent=iimhl", "iimhl-council-for-clinical-leaders,iimhl-disability-leadership,iimhl-major-cities,iimhl-mental-health-metrics")]
    [InlineData("member=storsthlm", "lansnatverket-strategiska-folkhalsofragor,storsthlm-samordnarnatverk")]
    [InlineData("member=kommun-0180&kind=county-network", "storsthlm-samordnarnatverk")]
    [InlineData("memberRole=lead", "iimhl-mental-health-metrics,kraftsamling-psykisk-halsa")]
    [InlineData("memberCountry=AU", "iimhl-major-cities")]
    [InlineData("q=kraftsamling", "kraftsamling-psykisk-halsa")]
    [InlineData("q=IIMHL&kind=international-network", "iimhl")]
    public async Task FiltersSelectTheMatchingNetworks(string query, string expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/networks?{query}&sort=id");

        Assert.Equal(expected.Split(','), page.Ids());
    }

    [Fact]
    public async Task IimhlNamesItsStatedMemberCountCadenceAndWorkingGroups()
    {
        var iimhl = await Client.GetJsonAsync("/api/v1/networks/iimhl?lang=en");

        Assert.Equal(10, iimhl.GetProperty("statedMemberCount").GetInt32());
        Assert.Equal(1, iimhl.GetProperty("memberCount").GetInt32());
        Assert.Equal(3, iimhl.GetProperty("eventCount").GetInt32());
        Assert.Equal("Leadership Exchanges every 16 months", iimhl.GetProperty("meetingCadence").GetString());
        Assert.Equal(4, iimhl.GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task KraftsamlingHasThreeFocusAreas()
    {
        var kraftsamling = await Client.GetJsonAsync("/api/v1/networks/kraftsamling-psykisk-halsa");

        Assert.Equal(3, kraftsamling.GetProperty("focusAreas").GetArrayLength());
    }

    [Theory]
    [InlineData("iimhl-major-cities", "", 7)]
    [InlineData("iimhl-major-cities", "country=US", 2)]
    [InlineData("iimhl-major-cities", "country=CA,AU", 3)]
    [InlineData("iimhl-major-cities", "organisationKind=programme", 1)]
    [InlineData("iimhl-mental-health-metrics", "role=lead", 1)]
    [InlineData("storsthlm-samordnarnatverk", "role=member", 26)]
    [InlineData("storsthlm-samordnarnatverk", "role=coordinator", 1)]
    [InlineData("storsthlm-samordnarnatverk", "q=sodertalje", 1)]
    [InlineData("iimhl", "sinceYearFrom=2013", 1)]
    [InlineData("iimhl", "sinceYearTo=2012", 0)]
    public async Task MembersFilterByRoleCountryKindAndYear(string network, string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/networks/{network}/members?{query}&limit=100");

        Assert.Equal(expected, page.TotalCount());
    }

    [Fact]
    public async Task TheMentalHealthMetricsGroupIsLedByTheNhsBenchmarkingNetwork()
    {
        var page = await Client.GetJsonAsync("/api/v1/networks/iimhl-mental-health-metrics/members?role=lead");

        var lead = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("nhs-benchmarking-network", lead.GetProperty("organisation").GetProperty("id").GetString());
        Assert.Equal("GB", lead.GetProperty("country").GetString());
    }

    [Theory]
    [InlineData("", "iimhl-leadership-exchange-2018-stockholm,iimhl-leadership-exchange-2019-washington,iimhl-leadership-exchange-2022-christchurch")]
    [InlineData("year=2019", "iimhl-leadership-exchange-2019-washington")]
    [InlineData("yearFrom=2019&yearTo=2022", "iimhl-leadership-exchange-2019-washington,iimhl-leadership-exchange-2022-christchurch")]
    [InlineData("area=NZ", "iimhl-leadership-exchange-2022-christchurch")]
    [InlineData("host=folkhalsomyndigheten", "iimhl-leadership-exchange-2018-stockholm")]
    [InlineData("kind=meeting", "")]
    public async Task EventsFilterByYearPlaceHostAndKind(string query, string expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/networks/iimhl/events?{query}");

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), page.Ids());
    }

    [Fact]
    public async Task TheStockholmLeadershipExchangeNamesItsThemeAndHosts()
    {
        var page = await Client.GetJsonAsync("/api/v1/networks/iimhl/events?year=2018");

        var exchange = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Building bridges beyond borders", exchange.GetProperty("theme").GetString());
        Assert.Equal(["folkhalsomyndigheten", "skr"], exchange.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("0180", exchange.GetProperty("area").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChristchurchRunsFromTheTwentyEighthOfFebruaryToTheFourthOfMarch()
    {
        var page = await Client.GetJsonAsync("/api/v1/networks/iimhl/events?area=NZ");

        var christchurch = page.GetProperty("items")[0];
        Assert.Equal(("2022-02-28", "2022-03-04"), (christchurch.GetProperty("startDate").GetString(), christchurch.GetProperty("endDate").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/networks/no-such-network")]
    [InlineData("/api/v1/networks/no-such-network/members")]
    [InlineData("/api/v1/networks/no-such-network/events")]
    public async Task UnknownNetworkReturnsProblemDetails(string url)
    {
        await Client.GetProblemAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OrganisationNetworksListsItsMembershipsWithRoles()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations/uppdrag-psykisk-halsa/networks?limit=100");
        var roles = page.GetProperty("items").EnumerateArray()
            .ToDictionary(m => m.GetProperty("network").GetProperty("id").GetString()!, m => m.GetProperty("role").GetString());

        Assert.Equal("member", roles["iimhl"]);
        Assert.Equal("data-contributor", roles["iimhl-mental-health-metrics"]);
        var filtered = await Client.GetJsonAsync("/api/v1/organisations/uppdrag-psykisk-halsa/networks?role=data-contributor");
        Assert.Equal(1, filtered.TotalCount());
        var byKind = await Client.GetJsonAsync("/api/v1/organisations/uppdrag-psykisk-halsa/networks?networkKind=international-network");
        Assert.Equal(1, byKind.TotalCount());
    }

    [Fact]
    public async Task NetworksOfAnUnknownOrganisationReturnProblemDetails()
    {
        var problem = await Client.GetProblemAsync("/api/v1/organisations/nobody/networks", HttpStatusCode.NotFound);

        Assert.Contains("'nobody'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
