using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Querying;

/// <summary>Paging, sorting and parameter validation, shared by every list; tested on organisations and observations.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class PagingAndSortingTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task LinksLeadToTheNeighbouringPagesInBodyAndLinkHeader()
    {
        var response = await Client.GetAsync("/api/v1/organisations?kind=region&limit=5&page=2");
        var page = await Client.GetJsonAsync("/api/v1/organisations?kind=region&limit=5&page=2");
        var links = page.GetProperty("links");

        Assert.Equal(5, page.GetProperty("offset").GetInt32());
        Assert.EndsWith("page=1", links.GetProperty("first").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("page=1", links.GetProperty("prev").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("page=3", links.GetProperty("next").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("page=5", links.GetProperty("last").GetString(), StringComparison.Ordinal);
        Assert.Contains("kind=region", links.GetProperty("next").GetString(), StringComparison.Ordinal);
        var header = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains($"<{links.GetProperty("next").GetString()}>; rel=\"next\"", header, StringComparison.Ordinal);
        Assert.Contains("rel=\"last\"", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastPageHasNoNextLink()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?kind=region&limit=5&page=5");

        Assert.Single(page.Ids());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
        Assert.EndsWith("page=4", page.GetProperty("links").GetProperty("prev").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APagePastTheLastIsEmptyAndLinksBack()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?kind=region&limit=5&page=9");

        Assert.Empty(page.Ids());
        Assert.Equal(21, page.TotalCount());
        Assert.EndsWith("page=5", page.GetProperty("links").GetProperty("prev").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task OffsetPagingLinksWithOffsets()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?kind=region&limit=5&offset=3");

        Assert.Equal(3, page.GetProperty("offset").GetInt32());
        Assert.EndsWith("offset=8", page.GetProperty("links").GetProperty("next").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("offset=0", page.GetProperty("links").GetProperty("prev").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SortingByAKeyWithTiesIsStableAcrossPages()
    {
        var seen = new List<string>();
        for (var pageNumber = 1; pageNumber <= 15; pageNumber++)
        {
            seen.AddRange((await Client.GetJsonAsync($"/api/v1/organisations?kind=municipality&sort=kind&limit=20&page={pageNumber}")).Ids());
        }

        Assert.Equal(290, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task NamesSortByCodePointOnEveryDatabaseSoÄComesBeforeÅAndÅBeforeÖ()
    {
        var names = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            names.AddRange((await Client.GetJsonAsync($"/api/v1/areas?kind=municipality&sort=name&limit=100&page={page}")).Ids("name"));
        }

        Assert.Equal(290, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.True(names.IndexOf("Älmhult") < names.IndexOf("Åre") && names.IndexOf("Åre") < names.IndexOf("Örebro"), string.Join(", ", names.TakeLast(25)));
    }

    [Fact]
    public async Task ValuesMissingFromASortKeyComeLastInEitherOrderOnEveryDatabase()
    {
        var ascending = (await Client.GetJsonAsync("/api/v1/sources?sort=published&limit=100")).GetProperty("items").EnumerateArray()
            .Select(s => s.TryGetProperty("published", out var published) && published.ValueKind == System.Text.Json.JsonValueKind.String ? published.GetString() : null).ToList();
        var descending = (await Client.GetJsonAsync("/api/v1/sources?sort=-published&limit=100")).GetProperty("items").EnumerateArray()
            .Select(s => s.TryGetProperty("published", out var published) && published.ValueKind == System.Text.Json.JsonValueKind.String ? published.GetString() : null).ToList();

        Assert.Contains(null, ascending);
        Assert.Contains(ascending, published => published is not null);
        Assert.Equal([.. ascending.Where(p => p is not null).Order(StringComparer.Ordinal), .. ascending.Where(p => p is null)], ascending);
        Assert.Equal([.. descending.Where(p => p is not null).OrderDescending(StringComparer.Ordinal), .. descending.Where(p => p is null)], descending);
    }

    [Fact]
    public async Task SortingByNameDescendingReversesTheOrder()
    {
        var ascending = (await Client.GetJsonAsync("/api/v1/organisations?kind=region&sort=name&limit=21")).Ids();
        var descending = (await Client.GetJsonAsync("/api/v1/organisations?kind=region&sort=-name&limit=21")).Ids();

        Assert.Equal(21, ascending.Count);
        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task SortingBySeveralKeysAppliesThemInOrder()
    {
        var page = await Client.GetJsonAsync("/api/v1/organisations?country=SE&sort=kind,-name&limit=100");
        var rows = page.GetProperty("items").EnumerateArray()
            .Select(o => (Kind: o.GetProperty("kind").GetString()!, Name: o.GetProperty("name").GetString()!)).ToList();

        for (var i = 1; i < rows.Count; i++)
        {
            var order = string.CompareOrdinal(rows[i - 1].Kind, rows[i].Kind);
            Assert.True(order < 0 || (order == 0 && string.CompareOrdinal(rows[i - 1].Name, rows[i].Name) >= 0), $"{rows[i - 1]} before {rows[i]}");
        }
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("offset=-1", "offset")]
    [InlineData("page=2&offset=5", "offset")]
    [InlineData("sort=population", "sort")]
    [InlineData("sort=name,", "sort")]
    [InlineData("kidn=region", "kidn")]
    [InlineData("kind=regoin", "kind")]
    [InlineData("kind=region,", "kind")]
    [InlineData("kind=region&kind=municipality", "kind")]
    [InlineData("changedSince=yesterday", "changedSince")]
    [InlineData("q=", "q")]
    [InlineData("cursor=abc", "cursor")]
    public async Task BadQueryParametersAreRejectedByName(string query, string parameter)
    {
        await Client.GetInvalidParameterAsync($"/api/v1/organisations?{query}", parameter);
    }

    [Fact]
    public async Task AnUnknownParameterNamesWhatTheListAccepts()
    {
        var problem = await Client.GetInvalidParameterAsync("/api/v1/organisations?kidn=region", "kidn");

        Assert.Contains("kind", problem.GetProperty("errors").GetProperty("kidn")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEnumValueNamesTheAcceptedValues()
    {
        var problem = await Client.GetInvalidParameterAsync("/api/v1/organisations?kind=regoin", "kind");

        Assert.Contains("municipality", problem.GetProperty("errors").GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObservationsAcceptUpToTenThousandPerPage()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/observations?limit=10000");

        Assert.Equal(368, page.Ids().Count);
        await Client.GetInvalidParameterAsync("/api/v1/datasets/scb-folkmangd/observations?limit=10001", "limit");
    }

    [Fact]
    public async Task ObservationCursorsWalkEveryRecordOnceInOrder()
    {
        var ids = new List<long>();
        var url = "/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=50&indicator=NASP_SUICIDE_RATE_AGESTD_ALLAGES";
        var pages = 0;
        while (url is not null && pages++ < 20)
        {
            var page = await Client.GetJsonAsync(url);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()));
            var next = page.GetProperty("links").GetProperty("next");
            url = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            Assert.True(url is null || url.Contains("cursor=", StringComparison.Ordinal));
        }

        Assert.Equal(242, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task ACursorFromAnotherQueryIsRejected()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=10&area=01");
        var cursor = NextCursorOf(page);

        await Client.GetInvalidParameterAsync($"/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=10&area=02&cursor={Uri.EscapeDataString(cursor)}", "cursor");
        await Client.GetInvalidParameterAsync($"/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=10&area=01&sort=period&cursor={Uri.EscapeDataString(cursor)}", "cursor");
        var same = await Client.GetJsonAsync($"/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=10&area=01&cursor={Uri.EscapeDataString(cursor)}");
        Assert.Equal(17, same.TotalCount());
        Assert.Equal(7, same.Ids().Count);
        Assert.Empty(same.Ids().Intersect(page.Ids()));
    }

    [Fact]
    public async Task ACursorFromAnotherDatasetsObservationsIsRejected()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?limit=2");
        var cursor = NextCursorOf(page);

        await Client.GetInvalidParameterAsync($"/api/v1/datasets/scb-folkmangd/observations?limit=2&cursor={Uri.EscapeDataString(cursor)}", "cursor");
    }

    [Theory]
    [InlineData("/api/v1/organisations?offset=2147483647")]
    [InlineData("/api/v1/organisations?limit=100&page=21474837")]
    [InlineData("/api/v1/networks?offset=2147483640")]
    [InlineData("/api/v1/datasets/scb-folkmangd/observations?offset=2147483647&limit=10000")]
    public async Task APagePastTheEndNearTheLargestOffsetHasNoNextLink(string url)
    {
        var response = await Client.GetAsync(url);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("links").GetProperty("next").ValueKind);
        Assert.DoesNotContain(response.Headers.GetValues("Link"), link => link.Contains("rel=\"next\"", StringComparison.Ordinal));
    }

    /// <summary>The cursor a page's next link carries.</summary>
    private static string NextCursorOf(JsonElement page)
    {
        var next = page.GetProperty("links").GetProperty("next").GetString()!;
        return Uri.UnescapeDataString(next[(next.IndexOf("cursor=", StringComparison.Ordinal) + 7)..]);
    }

    [Fact]
    public async Task ListsWithoutCursorsRejectOne()
    {
        await Client.GetInvalidParameterAsync("/api/v1/organisations?cursor=eyJhIjoxfQ", "cursor");
    }
}
