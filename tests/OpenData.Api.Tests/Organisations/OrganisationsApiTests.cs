using System.Net;
using System.Net.Http.Headers;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Organisations;

[Collection(SeededApiCollection.Name)]
public sealed class OrganisationsApiTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task ListOrganisationsCountsEveryOrganisation()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?limit=5");

        Assert.Equal(5, page.Ids().Count);
        Assert.True(page.TotalCount() > 311, "290 municipalities, 21 regions and the organisations the pages name");
    }

    [Theory]
    [InlineData("kind=region", 21)]
    [InlineData("kind=municipality", 290)]
    [InlineData("kind=region,municipality", 311)]
    [InlineData("kind=municipality&countyCode=01", 26)]
    [InlineData("country=GB", 2)]
    [InlineData("country=US,CA", 6)]
    [InlineData("municipalityCode=0180,1280", 2)]
    [InlineData("kind=municipality&healthcareRegion=sjukvardsregion-vastra", 52)]
    [InlineData("kind=municipality&healthcareRegion=sjukvardsregion-sodra", 49)]
    [InlineData("kind=region&healthcareRegion=sjukvardsregion-vastra,sjukvardsregion-sodra", 5)]
    public async Task FiltersSelectTheMatchingOrganisations(string query, int expected)
    {
        var page = await Client.GetJsonAsync($"/api/v1/organisations?{query}&limit=100");

        Assert.Equal(expected, page.TotalCount());
    }

    [Fact]
    public async Task FilterByKindReturnsOnlyThatKind()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?kind=government-agency&limit=100");

        Assert.NotEmpty(page.Ids());
        Assert.All(page.GetProperty("items").EnumerateArray(), o => Assert.Equal("government-agency", o.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("parent=skr", "uppdrag-psykisk-halsa")]
    [InlineData("parent=new-york-city", "nyc-department-of-health-and-mental-hygiene,thrive-nyc")]
    [InlineData("area=0180", "kommun-0180")]
    [InlineData("network=iimhl-mental-health-metrics", "nhs-benchmarking-network,uppdrag-psykisk-halsa")]
    [InlineData("agreement=overenskommelse-psykisk-halsa-2017", "skr,staten,uppdrag-psykisk-halsa")]
    [InlineData("q=malmo", "kommun-1280")]
    [InlineData("q=GOTEBORG", "kommun-1480")]
    [InlineData("q=skl", "skr")]
    [InlineData("q=Public%20Health%20Agency", "folkhalsomyndigheten")]
    public async Task FiltersAndSearchFindTheExpectedOrganisations(string query, string expectedIds)
    {
        var page = await Client.GetJsonAsync($"/api/v1/organisations?{query}&sort=id");

        Assert.Equal(expectedIds.Split(','), page.Ids());
    }

    [Fact]
    public async Task GetOrganisationReturnsItsFormerNamesParentAndSources()
    {
        var skr = await Client.GetJsonAsync("/api/v1/organisations/skr");
        var uph = await Client.GetJsonAsync("/api/v1/organisations/uppdrag-psykisk-halsa");

        Assert.Equal("SKL", skr.GetProperty("formerNames")[0].GetProperty("shortName").GetString());
        Assert.Equal(2019, skr.GetProperty("formerNames")[0].GetProperty("usedUntilYear").GetInt32());
        Assert.Equal("skr", uph.GetProperty("parent").GetProperty("id").GetString());
        Assert.True(skr.GetProperty("sources").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task MunicipalityNamesItsArea()
    {
        var malmo = await Client.GetJsonAsync("/api/v1/organisations/kommun-1280");

        Assert.Equal(("Malmö", "1280", "12"), (malmo.GetProperty("name").GetString(), malmo.GetProperty("municipalityCode").GetString(), malmo.GetProperty("countyCode").GetString()));
        Assert.Equal("1280", malmo.GetProperty("area").GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownOrganisationReturnsProblemDetails()
    {
        var problem = await Client.GetProblemAsync("/api/v1/organisations/no-such-organisation", HttpStatusCode.NotFound);

        Assert.Contains("no-such-organisation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1/organisations/no-such-organisation", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task OrganisationChildrenAreItsSubOrganisations()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations/skr/children");

        Assert.Equal(["uppdrag-psykisk-halsa"], page.Ids());
    }

    [Theory]
    [InlineData("/api/v1/organisations/nobody/children")]
    public async Task RelationsOfAnUnknownOrganisationReturnProblemDetails(string url)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("'nobody'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishIsChosenByTheLangParameter()
    {
        var response = await Client.GetAsync("/api/v1/organisations/skr?lang=en");
        var skr = await Client.GetJsonAsync("/api/v1/organisations/skr?lang=en");

        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("Swedish Association of Local Authorities and Regions", skr.GetProperty("name").GetString());
    }

    [Fact]
    public async Task EnglishIsChosenByAcceptLanguageAndSwedishIsTheDefault()
    {
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations/folkhalsomyndigheten");
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        var englishResponse = await Client.SendAsync(english);
        var swedishResponse = await Client.GetAsync("/api/v1/organisations/folkhalsomyndigheten");

        Assert.Equal("en", englishResponse.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Public Health Agency of Sweden", await englishResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("sv", swedishResponse.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Folkhälsomyndigheten", await swedishResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextsWithoutEnglishFallBackToSwedish()
    {
        var storsthlm = await Client.GetJsonAsync("/api/v1/organisations/storsthlm?lang=en");

        Assert.Equal("Storsthlm", storsthlm.GetProperty("name").GetString());
        Assert.StartsWith("Works preventively", storsthlm.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASingleOrganisationTakesNoParameterButLang()
    {
        await Client.GetInvalidParameterAsync("/api/v1/organisations/skr?kind=region", "kind");
    }

    [Fact]
    public async Task AnUnknownLanguageIsRejected()
    {
        await Client.GetInvalidParameterAsync("/api/v1/organisations?lang=de", "lang");
    }
}
