using System.Net;
using System.Net.Http.Json;
using OpenData.Api.Datasets;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// Rolling windows, as PxWeb users know them: period=latest and lastPeriods=N pick the latest periods among the figures the
/// other filters select, in the observation list, the downloads and GraphQL alike.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class LatestPeriodsTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    private async Task<List<ObservationResponse>> ObservationsAsync(string dataset, string query) =>
        [.. (await Client.GetFromJsonAsync<Page<ObservationResponse>>($"/api/v1/datasets/{dataset}/observations?{query}&limit=1000", ApiJson.Options))!.Items];

    /// <summary>The periods the selection has, newest first: what a window must be taken from.</summary>
    private async Task<List<string>> PeriodsNewestFirstAsync(string dataset, string query) =>
        [.. (await ObservationsAsync(dataset, query)).Select(o => o.Period).Distinct().OrderDescending(StringComparer.Ordinal)];

    [Theory]
    [InlineData("scb-folkmangd", "area=00")]
    [InlineData("scb-folkmangd", "area=00&periodTo=2000")]
    [InlineData("scb-folkmangd", "area=00,01")]
    [InlineData("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_15PLUS&areaUnder=00")]
    [InlineData("nasp-sjalvmordstal-lan", "area=09")]
    public async Task LastPeriodsKeepsEveryFigureOfTheNLatestPeriodsTheOtherFiltersSelect(string dataset, string query)
    {
        var all = await ObservationsAsync(dataset, query);
        var latestThree = (await PeriodsNewestFirstAsync(dataset, query)).Take(3).ToHashSet();

        var window = await ObservationsAsync(dataset, $"{query}&lastPeriods=3");

        Assert.NotEmpty(window);
        Assert.Equal(all.Where(o => latestThree.Contains(o.Period)).Select(o => o.Id).Order(), window.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task PeriodLatestIsTheOneLatestPeriod()
    {
        var latest = (await PeriodsNewestFirstAsync("nasp-sjalvmordstal-lan", "area=00"))[0];

        var observations = await ObservationsAsync("nasp-sjalvmordstal-lan", "area=00&period=latest");

        Assert.NotEmpty(observations);
        Assert.All(observations, o => Assert.Equal(latest, o.Period));
        Assert.Equal((await ObservationsAsync("nasp-sjalvmordstal-lan", "area=00&lastPeriods=1")).Select(o => o.Id), observations.Select(o => o.Id));
    }

    [Fact]
    public async Task AWindowWiderThanTheSelectionKeepsAllOfIt()
    {
        var all = await ObservationsAsync("scb-folkmangd", "area=01");

        Assert.Equal(all.Select(o => o.Id), (await ObservationsAsync("scb-folkmangd", "area=01&lastPeriods=1000")).Select(o => o.Id));
    }

    [Theory]
    [InlineData("period=latest,2020", "period")]
    [InlineData("period=latest&lastPeriods=2", "lastPeriods")]
    [InlineData("lastPeriods=0", "lastPeriods")]
    [InlineData("lastPeriods=1001", "lastPeriods")]
    [InlineData("lastPeriods=two", "lastPeriods")]
    [InlineData("lastPeriods=-1", "lastPeriods")]
    [InlineData("lastPeriods=2&lastPeriods=3", "lastPeriods")]
    public async Task ABadWindowIsRejectedByName(string query, string parameter)
    {
        await Client.GetInvalidParameterAsync($"/api/v1/datasets/scb-folkmangd/observations?{query}", parameter);
        await Client.GetInvalidParameterAsync($"/api/v1/datasets/scb-folkmangd/data?format=csv&{query}", parameter);
    }

    [Fact]
    public async Task DownloadsTakeTheSameWindowAsTheList()
    {
        var listed = await ObservationsAsync("scb-folkmangd", "area=00,01&lastPeriods=2");
        var csv = CsvText.Rows((await Client.GetStringAsync("/api/v1/datasets/scb-folkmangd/data?format=csv&area=00,01&lastPeriods=2")).TrimStart('\uFEFF'), ",");
        var cube = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/data?format=jsonstat&area=00,01&lastPeriods=2");

        Assert.Equal(listed.Select(o => (o.Area.Code, o.Period)).Order(), csv.Skip(1).Select(r => (r[3], r[5])).Order());
        Assert.Equal(listed.Select(o => o.Period).Distinct().Order(StringComparer.Ordinal),
            cube.GetProperty("dimension").GetProperty("period").GetProperty("category").GetProperty("index").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task GraphQLTakesEachDatasetsOwnLatestPeriodsAsRestDoes()
    {
        var data = await Client.QueryAsync("""
            { datasets(order: [{id: ASC}]) { nodes { slug observations(lastPeriods: 2, where: {area: {eq: "00"}, sex: {eq: TOTAL}}, first: 100) { totalCount nodes { indicatorCode area { code } period } } } } }
            """);
        var datasets = data.GetProperty("datasets").GetProperty("nodes").EnumerateArray().ToList();

        foreach (var dataset in datasets)
        {
            var connection = dataset.GetProperty("observations");
            var rest = await ObservationsAsync(dataset.GetProperty("slug").GetString()!, "area=00&sex=total&lastPeriods=2");
            Assert.Equal(rest.Count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(rest.Select(o => $"{o.Indicator} {o.Area.Code} {o.Period}").Order(),
                connection.GetProperty("nodes").EnumerateArray()
                    .Select(n => $"{n.GetProperty("indicatorCode").GetString()} {n.GetProperty("area").GetProperty("code").GetString()} {n.GetProperty("period").GetString()}").Order());
        }
        // The datasets end in different years, so one window over both would have dropped one of them.
        Assert.NotEqual(await PeriodsNewestFirstAsync("scb-folkmangd", "area=00"), await PeriodsNewestFirstAsync("nasp-sjalvmordstal-lan", "area=00"));
        Assert.Equal(3, datasets.Count(d => d.GetProperty("observations").GetProperty("totalCount").GetInt32() > 0));
    }

    [Fact]
    public async Task AGraphQLWindowOutsideOneToAThousandIsAnInvalidArgument()
    {
        var error = await Client.QueryErrorAsync("""{ dataset(id: "scb-folkmangd") { observations(lastPeriods: 0) { totalCount } } }""", HttpStatusCode.OK);

        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("lastPeriods", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
