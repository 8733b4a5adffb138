using System.Net;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

[Collection(SeededApiCollection.Name)]
public sealed class DatasetsApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("", "nasp-sjalvmordstal-lan,psykiatrin-i-siffror,scb-folkmangd,sos-adhd-lakemedel-lan")]
    [InlineData("publisher=scb", "scb-folkmangd")]
    [InlineData("licence=CC0-1.0", "scb-folkmangd")]
    [InlineData("theme=HEAL", "nasp-sjalvmordstal-lan,psykiatrin-i-siffror,sos-adhd-lakemedel-lan")]
    [InlineData("indicator=NASP_SUICIDE_RATE_15PLUS", "nasp-sjalvmordstal-lan")]
    [InlineData("coversYear=1970", "scb-folkmangd")]
    [InlineData("coversYear=2010", "nasp-sjalvmordstal-lan,scb-folkmangd,sos-adhd-lakemedel-lan")]
    [InlineData("q=sjalvmord", "nasp-sjalvmordstal-lan")]
    [InlineData("q=population", "scb-folkmangd")]
    public async Task FiltersSelectTheMatchingDatasets(string query, string expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/datasets?{query}&sort=id");

        Assert.Equal(expected.Split(','), page.Ids());
    }

    [Fact]
    public async Task DatasetShowsLicencePublisherCoverageAndRevisions()
    {
        var dataset = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd");

        Assert.Equal("CC0-1.0", dataset.GetProperty("licence").GetProperty("id").GetString());
        Assert.Equal("http://creativecommons.org/publicdomain/zero/1.0/", dataset.GetProperty("licence").GetProperty("uri").GetString());
        Assert.Equal("scb", dataset.GetProperty("publisher").GetProperty("id").GetString());
        Assert.Equal(("1968", "2024"), (dataset.GetProperty("temporalCoverage").GetProperty("from").GetString(), dataset.GetProperty("temporalCoverage").GetProperty("to").GetString()));
        Assert.Equal(1, dataset.GetProperty("revision").GetInt32());
        Assert.Equal(368, dataset.GetProperty("revisions")[0].GetProperty("rowsAdded").GetInt32());
        Assert.Equal(368, dataset.GetProperty("observationCount").GetInt32());
        Assert.Equal("FOLKMANGD", dataset.GetProperty("indicators")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task IndicatorsCarryUnitAndDefinition()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/indicators?lang=en");

        Assert.Equal(2, page.TotalCount());
        Assert.All(page.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.StartsWith("deaths per 100 000", i.GetProperty("unit").GetString(), StringComparison.Ordinal);
            Assert.False(i.GetProperty("higherIsBetter").GetBoolean());
        });
        Assert.Equal(1, (await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/indicators?code=NASP_SUICIDE_RATE_15PLUS")).TotalCount());
    }

    [Theory]
    [InlineData("scb-folkmangd", "area=00", 57)]
    [InlineData("scb-folkmangd", "area=00&periodFrom=2000&periodTo=2009", 10)]
    [InlineData("scb-folkmangd", "period=1968,2024&area=00", 2)]
    [InlineData("scb-folkmangd", "areaUnder=01", 26)]
    [InlineData("scb-folkmangd", "areaUnder=00", 311)]
    [InlineData("scb-folkmangd", "areaUnder=sjukvardsregion-vastra", 53)]
    [InlineData("scb-folkmangd", "areaUnder=sjukvardsregion-sodra", 52)]
    [InlineData("scb-folkmangd", "status=derived", 20)]
    [InlineData("scb-folkmangd", "sex=total", 368)]
    [InlineData("scb-folkmangd", "sex=female", 0)]
    [InlineData("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_15PLUS&area=09", 6)]
    [InlineData("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_AGESTD_ALLAGES&periodTo=2006", 22)]
    public async Task ObservationFiltersSelectTheMatchingFigures(string dataset, string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/datasets/{dataset}/observations?{query}&limit=1000");

        Assert.Equal(expected, page.TotalCount());
        Assert.Equal(expected, page.Ids().Count);
    }

    [Fact]
    public async Task ObservationsSortByValue()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/observations?areaUnder=01&sort=-value&limit=26");
        var values = page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("value").GetDouble()).ToList();

        Assert.Equal(26, values.Count);
        Assert.Equal(values.OrderDescending(), values);
        Assert.Equal("0180", page.GetProperty("items")[0].GetProperty("area").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ObservationsCarryStatusNoteAndSource()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/observations?area=03");
        var revised = await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?area=00&period=2021&indicator=NASP_SUICIDE_RATE_15PLUS&lang=en");

        var uppsala = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("derived", uppsala.GetProperty("status").GetString());
        Assert.Equal("derived-sum-of-municipalities", uppsala.GetProperty("source").GetString());
        Assert.Contains("17.4", revised.GetProperty("items")[0].GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/datasets/no-such-dataset")]
    [InlineData("/api/v1/datasets/no-such-dataset/indicators")]
    [InlineData("/api/v1/datasets/no-such-dataset/observations")]
    public async Task UnknownDatasetReturnsProblemDetails(string url)
    {
        await Client.GetProblemAsync(url, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("periodFrom=abc", "periodFrom")]
    [InlineData("periodTo=", "periodTo")]
    [InlineData("period=2024,20x4", "period")]
    [InlineData("sex=both", "sex")]
    [InlineData("status=estimated", "status")]
    public async Task BadObservationFiltersAreRejectedByName(string query, string parameter)
    {
        await Client.GetInvalidParameterAsync($"/api/v1/datasets/scb-folkmangd/observations?{query}", parameter);
    }
}
