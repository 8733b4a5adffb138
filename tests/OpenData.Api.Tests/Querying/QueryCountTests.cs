using System.Net;
using System.Net.Http.Json;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Querying;

/// <summary>A list or detail request costs a fixed number of SQL queries, whatever the page size: no N+1.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class QueryCountTests(SeededApi api)
{
    [Theory]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/organisations/uppdrag-psykisk-halsa/networks")]
    [InlineData("/api/v1/organisations/kommun-0180/agreements")]
    [InlineData("/api/v1/agreements")]
    [InlineData("/api/v1/resource-centres")]
    [InlineData("/api/v1/networks")]
    [InlineData("/api/v1/networks/storsthlm-samordnarnatverk/members")]
    [InlineData("/api/v1/networks/iimhl/events")]
    [InlineData("/api/v1/datasets")]
    [InlineData("/api/v1/datasets/scb-folkmangd/observations")]
    [InlineData("/api/v1/areas")]
    [InlineData("/api/v1/sources")]
    public async Task AListCostsTheSameNumberOfQueriesForOneItemAsForAHundred(string url)
    {
        // A dataset's dimensions are read by the first request and kept.
        await CountQueriesAsync($"{url}?limit=1");
        var one = await CountQueriesAsync($"{url}?limit=1");
        var hundred = await CountQueriesAsync($"{url}?limit=100");

        Assert.Equal(one, hundred);
        Assert.InRange(one, 1, 12);
    }

    [Theory]
    [InlineData("/api/v1/organisations/skr", "/api/v1/organisations/kommun-0180")]
    [InlineData("/api/v1/agreements/overenskommelse-psykisk-halsa-2017", "/api/v1/agreements/handlingsplaner-psykisk-halsa-stockholms-lan-2016-2018")]
    [InlineData("/api/v1/networks/iimhl", "/api/v1/networks/storsthlm-samordnarnatverk")]
    [InlineData("/api/v1/areas/00", "/api/v1/areas/0180")]
    [InlineData("/api/v1/datasets/scb-folkmangd", "/api/v1/datasets/psykiatrin-i-siffror")]
    public async Task ADetailCostsAFixedNumberOfQueriesWhateverItsRelations(string big, string small)
    {
        Assert.Equal(await CountQueriesAsync(small), await CountQueriesAsync(big));
    }

    [Theory]
    [InlineData("/api/v1/organisations?kind=municipality&countyCode=01&sort=name&limit=20", 2)]
    [InlineData("/api/v1/organisations/kommun-0180", 2)]
    [InlineData("/api/v1/organisations/skr", 2)]
    [InlineData("/api/v1/organisations/skr/children?limit=5", 2)]
    [InlineData("/api/v1/networks?sort=id&limit=20", 3)]
    [InlineData("/api/v1/networks/iimhl", 3)]
    [InlineData("/api/v1/networks/storsthlm-samordnarnatverk/members?sort=sinceYear&limit=50", 1)]
    [InlineData("/api/v1/sources?limit=5", 0)]
    public async Task AListPageOrADetailIsOneStatementWithItsCountAndCollectionsOrOnSqliteOneMorePerCollection(string url, int collections)
    {
        Assert.Equal(TestDatabase.OnPostgres ? 1 : 1 + collections, await CountQueriesAsync(url));
    }

    [Theory]
    [InlineData("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?indicator=NASP_SUICIDE_RATE_15PLUS&area=00,01&limit=20")]
    [InlineData("/api/v1/datasets/scb-folkmangd/observations?limit=20&lang=en")]
    [InlineData("/api/v1/datasets/sos-adhd-lakemedel-lan/observations?age=15-19&sort=-age&limit=20")]
    public async Task AnObservationPageIsOneStatementOnceItsDatasetsDimensionsHaveBeenRead(string url)
    {
        await api.Client.GetJsonAsync(url);

        Assert.Equal(1, await CountQueriesAsync(url));
    }

    [Fact]
    public async Task APagePastTheEndStillCountsEveryMatch()
    {
        var first = await api.Client.GetFromJsonAsync<Page<OrganisationResponse>>("/api/v1/organisations?kind=municipality&countyCode=01&limit=5", ApiJson.Options);
        var pastTheEnd = await api.Client.GetFromJsonAsync<Page<OrganisationResponse>>("/api/v1/organisations?kind=municipality&countyCode=01&limit=5&offset=500", ApiJson.Options);
        var none = await api.Client.GetFromJsonAsync<Page<OrganisationResponse>>("/api/v1/organisations?kind=municipality&countyCode=99", ApiJson.Options);

        Assert.Equal(26, first!.TotalCount);
        Assert.Equal(5, first.Items.Count);
        Assert.Empty(pastTheEnd!.Items);
        Assert.Equal(26, pastTheEnd.TotalCount);
        Assert.Empty(none!.Items);
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task AnEmptyRelationOfAnExistingRecordIsAnEmptyPageAndOfAnUnknownOneNotFound()
    {
        var empty = await api.Client.GetAsync("/api/v1/organisations/kommun-0180/children");
        var unknown = await api.Client.GetAsync("/api/v1/organisations/no-such-organisation/children");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Empty((await empty.Content.ReadFromJsonAsync<Page<OrganisationResponse>>(ApiJson.Options))!.Items);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<int> CountQueriesAsync(string url)
    {
        var before = api.Factory.Queries.Count;
        await api.Client.GetJsonAsync(url);
        return api.Factory.Queries.Count - before;
    }
}
