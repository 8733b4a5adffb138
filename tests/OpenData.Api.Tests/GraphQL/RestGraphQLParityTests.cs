using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>The same filter yields the same records in both APIs: both come from one query definition.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class RestGraphQLParityTests(SeededApi api)
{
    [Theory]
    [InlineData("organisations", "kind=region&healthcareRegion=sjukvardsregion-sodra", "{ kind: { eq: REGION }, healthcareRegion: { eq: \"sjukvardsregion-sodra\" } }", "")]
    [InlineData("organisations", "kind=municipality,region&countyCode=13", "{ kind: { in: [MUNICIPALITY, REGION] }, countyCode: { eq: \"13\" } }", "")]
    [InlineData("organisations", "network=iimhl-major-cities&sort=-name", "{ network: { eq: \"iimhl-major-cities\" } }", "order: [{ name: DESC }]")]
    [InlineData("organisations", "q=region%20v", "null", "search: \"region v\"")]
    [InlineData("agreements", "yearFrom=2016&yearTo=2017&party=skr", "{ year: { gte: 2016, lte: 2017 }, party: { eq: \"skr\" } }", "")]
    [InlineData("networks", "memberRole=lead,coordinator&sort=kind", "{ memberRole: { in: [LEAD, COORDINATOR] } }", "order: [{ kind: ASC }]")]
    [InlineData("areas", "kind=county&healthcareRegion=sjukvardsregion-vastra", "{ kind: { eq: COUNTY }, healthcareRegion: { eq: \"sjukvardsregion-vastra\" } }", "")]
    [InlineData("sources", "kind=web-page,legislation&language=sv&sort=-id", "{ kind: { in: [WEB_PAGE, LEGISLATION] }, language: { eq: \"sv\" } }", "order: [{ id: DESC }]")]
    [InlineData("datasets", "theme=HEAL", "{ theme: { eq: \"HEAL\" } }", "")]
    [InlineData("resource-centres", "servedArea=01", "{ servedArea: { eq: \"01\" } }", "")]
    public async Task ASameFilterSelectsTheSameRecordsInRestAndGraphQL(string resource, string restQuery, string where, string extra)
    {
        var rest = await api.Client.GetJsonAsync($"/api/v1/{resource}?{restQuery}&limit=100");
        var field = resource == "resource-centres" ? "resourceCentres" : resource;
        var key = resource == "areas" ? "code" : "slug";
        var graphQL = await api.Client.QueryAsync($"{{ {field}(where: {where}, first: 100 {(extra.Length > 0 ? ", " + extra : "")}) {{ totalCount nodes {{ {key} }} }} }}");

        var restIds = rest.Ids(resource == "areas" ? "code" : "id");
        Assert.NotEmpty(restIds);
        Assert.Equal(restIds, graphQL.GetProperty(field).Slugs(key));
        Assert.Equal(rest.TotalCount(), graphQL.GetProperty(field).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("scb-folkmangd", "areaUnder=sjukvardsregion-vastra&sort=-value", "{ areaUnder: { eq: \"sjukvardsregion-vastra\" } }", "order: [{ value: DESC }]")]
    [InlineData("nasp-sjalvmordstal-lan", "indicator=NASP_SUICIDE_RATE_15PLUS&periodFrom=2020&area=01,09", "{ indicator: { eq: \"NASP_SUICIDE_RATE_15PLUS\" }, period: { gte: \"2020\" }, area: { in: [\"01\", \"09\"] } }", "")]
    [InlineData("scb-folkmangd", "status=derived", "{ status: { eq: DERIVED } }", "")]
    public async Task ObservationFiltersAgreeToo(string dataset, string restQuery, string where, string extra)
    {
        var rest = await api.Client.GetJsonAsync($"/api/v1/datasets/{dataset}/observations?{restQuery}&limit=100");
        var graphQL = await api.Client.QueryAsync(
            $"{{ dataset(id: \"{dataset}\") {{ observations(where: {where}, first: 100 {(extra.Length > 0 ? ", " + extra : "")}) {{ totalCount nodes {{ area {{ code }} period value }} }} }} }}");

        var restRows = rest.GetProperty("items").EnumerateArray()
            .Select(o => $"{o.GetProperty("area").GetProperty("code")}/{o.GetProperty("period")}/{o.GetProperty("value")}").ToList();
        var graphQLRows = graphQL.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").EnumerateArray()
            .Select(o => $"{o.GetProperty("area").GetProperty("code")}/{o.GetProperty("period")}/{o.GetProperty("value")}").ToList();
        Assert.NotEmpty(restRows);
        Assert.Equal(restRows, graphQLRows);
    }
}
