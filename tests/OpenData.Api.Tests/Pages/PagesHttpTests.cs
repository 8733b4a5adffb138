using System.Net.Http.Json;
using OpenData.Api.Datasets;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Pages;

/// <summary>The pages over plain HTTP: status codes, headers and the data they show, without a browser.</summary>
[Collection(SeededApiCollection.Name)]
public sealed partial class PagesHttpTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    private async Task<(HttpResponseMessage Response, string Html)> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/organisations/skr")]
    [InlineData("/datasets/scb-folkmangd")]
    [InlineData("/docs/index.html")]
    [InlineData("/graphql")]
    public async Task PagesRunOnlyScriptFilesUnderTheirContentSecurityPolicy(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        var response = await Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Every script is a file: an inline one would not run under this policy.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Contains(" src=", tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageHasItsOwnETagApartFromItsJsonResourceItsLanguageAndItsSelection()
    {
        string[] addresses = ["/datasets/scb-folkmangd", "/datasets/scb-folkmangd?lang=en", "/datasets/scb-folkmangd?area=01", "/api/v1/datasets/scb-folkmangd"];
        var etags = new List<string>();
        foreach (var address in addresses)
        {
            var response = await Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            etags.Add(response.Headers.ETag!.Tag);
        }

        Assert.Equal(addresses.Length, etags.Distinct(StringComparer.Ordinal).Count());
        // The JSON resource's validator does not make the browser keep an old page.
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, addresses[0]);
        revalidation.Headers.TryAddWithoutValidation("If-None-Match", etags[3]);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(revalidation)).StatusCode);
        using var unchanged = new HttpRequestMessage(HttpMethod.Get, addresses[0]);
        unchanged.Headers.TryAddWithoutValidation("If-None-Match", etags[0]);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(unchanged)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/organisations/skr")]
    [InlineData("/datasets/scb-folkmangd")]
    public async Task PagesAreHtmlInSwedishWithAContentSecurityPolicy(string path)
    {
        var (response, html) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("sv", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task TheHomePageCountsEachKindOfRecord()
    {
        var organisations = (await Client.GetJsonAsync("/api/v1/organisations?limit=1")).TotalCount();
        var areas = (await Client.GetJsonAsync("/api/v1/areas?limit=1")).TotalCount();

        var (_, html) = await GetPageAsync("/");

        Assert.Contains($"<span class=\"count\">{organisations}</span> organisationer", html);
        Assert.Contains($"<span class=\"count\">{areas}</span> områden", html);
        Assert.Contains("href=\"/graphql/schema.graphql\"", html);
        Assert.Contains("href=\"/api/v1/catalog\"", html);
        Assert.Contains("href=\"/openapi/v1.json\"", html);
    }

    [Fact]
    public async Task AListPageUsesTheRestFiltersAndShowsTheSameRecords()
    {
        var rest = await Client.GetJsonAsync("/api/v1/organisations?kind=region&limit=20");

        var (_, html) = await GetPageAsync("/organisations?kind=region");

        Assert.Contains($"av {rest.TotalCount()}.", html);
        Assert.All(rest.Ids(), id => Assert.Contains($"href=\"/organisations/{id}\"", html));
    }

    [Fact]
    public async Task ADetailPageShowsRelationsAndSources()
    {
        var (_, html) = await GetPageAsync("/networks/iimhl");
        var members = await Client.GetJsonAsync("/api/v1/networks/iimhl/members");
        var network = await Client.GetJsonAsync("/api/v1/networks/iimhl");

        Assert.All(members.GetProperty("items").EnumerateArray(), m => Assert.Contains($"/organisations/{m.GetProperty("organisation").GetProperty("id").GetString()}", html));
        Assert.All(network.GetProperty("sources").EnumerateArray(), s => Assert.Contains(s.GetProperty("id").GetString()!, html));
        Assert.Contains("<h2 id=\"sources\">Källor</h2>", html);
    }

    [Fact]
    public async Task ADetailPageListsEveryRelationNotJustTheFirstPage()
    {
        var members = await Client.GetJsonAsync("/api/v1/networks/storsthlm-samordnarnatverk/members?limit=100");

        var (_, html) = await GetPageAsync("/networks/storsthlm-samordnarnatverk?page=2");

        Assert.True(members.TotalCount() > 20, "the network has more members than a default page holds");
        Assert.All(members.GetProperty("items").EnumerateArray(), m => Assert.Contains($"/organisations/{m.GetProperty("organisation").GetProperty("id").GetString()}\"", html));
    }

    [Fact]
    public async Task APageBeyondTheEndOfAListSaysSoAndLinksToTheFirst()
    {
        var (response, html) = await GetPageAsync("/agreements?page=50");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sidan är tom", html);
        Assert.Contains("Till första sidan", html);
    }

    [Fact]
    public async Task SearchFindsRecordsOfEveryKind()
    {
        var (response, html) = await GetPageAsync("/search?q=stockholm");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/areas/01\"", html);
        Assert.Contains("href=\"/resource-centres/rrc-stockholm-gotland\"", html);
    }

    [Theory]
    [InlineData("/datasets/scb-folkmangd", "Varje år")]
    [InlineData("/datasets/scb-folkmangd?lang=en", "Annually")]
    public async Task ADatasetsUpdateFrequencyIsShownInWords(string path, string words)
    {
        var (_, html) = await GetPageAsync(path);

        Assert.Contains($"title=\"ANNUAL\">{words}</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ANNUAL<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageNamesTheSitesIconAndTheIconIsServed()
    {
        var (_, html) = await GetPageAsync("/");
        var linked = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\" href=\"([^\"]+)\"").Groups[1].Value;

        foreach (var address in new[] { "/favicon.ico", System.Net.WebUtility.HtmlDecode(linked) })
        {
            var response = await Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await response.Content.ReadAsByteArrayAsync())[..4]);
        }
    }

    [Fact]
    public async Task ThePickersShowTheSelectionInForceEvenWhereItHasNoFigures()
    {
        var (response, html) = await GetPageAsync("/datasets/nasp-sjalvmordstal-lan?indicator=NASP_SUICIDE_RATE_15PLUS&area=00,99&periodFrom=1990&periodTo=1991&sex=total");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<option value=\"1990\" selected[^>]*>1990 \\(inga värden\\)</option>", html);
        Assert.Matches("<option value=\"1991\" selected[^>]*>1991 \\(inga värden\\)</option>", html);
        Assert.Matches("<option value=\"99\" selected[^>]*>99 \\(inga värden\\)</option>", html);
        Assert.DoesNotMatch("<option value=\"\" selected", html);
    }

    [Theory]
    [InlineData("scb-folkmangd")]
    [InlineData("sos-adhd-lakemedel-lan")]
    public async Task ADatasetPageSaysWhenEachSourceWasPublishedAndWhenItsFiguresWereLoadedHere(string id)
    {
        var dataset = await Client.GetJsonAsync($"/api/v1/datasets/{id}");
        var published = new List<(string Date, string Title)>();
        foreach (var source in dataset.GetProperty("sources").EnumerateArray())
        {
            var details = await Client.GetJsonAsync($"/api/v1/sources/{source.GetProperty("id").GetString()}");
            if (details.GetProperty("published").GetString() is { } date)
            {
                published.Add((date, details.GetProperty("title").GetString()!));
            }
        }
        var loaded = dataset.GetProperty("modified").GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var html = WebUtility.HtmlDecode((await GetPageAsync($"/datasets/{id}")).Html);
        var shown = Regex.Matches(html, "<dt>Källa publicerad</dt><dd>(.*?)</dd>").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(published);
        // Each source with its own date, latest first: no one date that passes for every source's.
        Assert.Equal(published.Select(p => $"{p.Date}: {p.Title}").Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(shown.Select(s => s.Split(':')[0]).OrderDescending(StringComparer.Ordinal), shown.Select(s => s.Split(':')[0]));
        Assert.DoesNotContain("Källorna publicerade", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Inlästa här</dt><dd>{loaded}</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRecordShowsANotFoundPage()
    {
        var (response, html) = await GetPageAsync("/organisations/no-such-organisation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-organisation", html);
    }

    [Theory]
    [InlineData("/organisations/nobody", "Hittades inte", "Det finns ingen organisation med id &#x27;nobody&#x27;.")]
    [InlineData("/networks/nobody", "Hittades inte", "Det finns inget nätverk med id &#x27;nobody&#x27;.")]
    [InlineData("/areas/99", "Hittades inte", "Det finns inget område med id &#x27;99&#x27;.")]
    [InlineData("/organisations/nobody?lang=en", "Not found", "There is no organisation with id &#x27;nobody&#x27;.")]
    public async Task ANotFoundPageSpeaksThePagesLanguage(string path, string title, string message)
    {
        var (response, html) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/organisations?kind=planet", "kind")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?indicator=NOPE", "indicator")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?periodFrom=20x0", "periodFrom")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?sex=both", "sex")]
    [InlineData("/areas?lang=fi", "lang")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?status=published", "status")]
    public async Task BadParametersShowAPageNamingThem(string path, string parameter)
    {
        var (response, html) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, html);
    }

    [Theory]
    [InlineData("/organisations?kind=planet", "kind", "'planet' är inte något av government", "'planet' is not one of government")]
    [InlineData("/organisations?limit=0", "limit", "'0' är inte ett heltal från 1 till 100.", "'0' is not a whole number from 1 to 100.")]
    [InlineData("/organisations?sort=size", "sort", "'size' är ingen sorteringsnyckel. Sortera efter name", "'size' is not a sort key. Sort by name")]
    [InlineData("/organisations?colour=red", "colour", "Okänd parameter. Listan tar: ", "Unknown parameter. This list accepts: ")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?periodFrom=20x0", "periodFrom", "'20x0' är inte en period enligt ISO 8601", "'20x0' is not an ISO 8601 period")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?indicator=NOPE", "indicator", "'NOPE' är ingen indikator i datasetet", "'NOPE' is not an indicator of this dataset")]
    [InlineData("/datasets/sos-adhd-lakemedel-lan?age=99", "age", "'99' är ingen kod i age. Koder: 0-4, 5-9, 10-14, 15-19.", "'99' is not a code of age. Codes: 0-4, 5-9, 10-14, 15-19.")]
    [InlineData("/datasets/nasp-sjalvmordstal-lan?status=published", "status", "Okänd parameter. En datasetsida tar ", "Unknown parameter. A dataset page takes ")]
    public async Task AnErrorPageSaysWhatIsWrongInThePagesLanguage(string path, string parameter, string swedish, string english)
    {
        var sv = WebUtility.HtmlDecode((await GetPageAsync(path)).Html);
        var en = WebUtility.HtmlDecode((await GetPageAsync(path + "&lang=en")).Html);

        Assert.Contains($"<strong>{parameter}</strong>: {swedish}", sv, StringComparison.Ordinal);
        Assert.DoesNotContain(english, sv, StringComparison.Ordinal);
        Assert.Contains($"<strong>{parameter}</strong>: {english}", en, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{path[..path.IndexOf('?')]}\">Visa sidan utan parametrar</a>", sv, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{path[..path.IndexOf('?')]}?lang=en\">Show the page without parameters</a>", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiAnswersTheSameBadParameterInEnglishWhateverTheLanguage()
    {
        var response = await Client.GetAsync("/api/v1/organisations?kind=planet&lang=sv");
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("'planet' is not one of government", problem.GetProperty("errors").GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishDatasetPagesDownloadsAndRestLinkAreInEnglishWhateverTheBrowserPrefers()
    {
        var (_, html) = await GetPageAsync("/datasets/sos-adhd-lakemedel-lan?lang=en&medicine=N06BA04");
        var links = Regex.Matches(WebUtility.HtmlDecode(html), "/api/v1/datasets/sos-adhd-lakemedel-lan/(data|observations)\\?[^\"<]*").Select(m => m.Value).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Get, links.First(l => l.Contains("format=csv", StringComparison.Ordinal) && !l.Contains("variant", StringComparison.Ordinal)));
        request.Headers.AcceptLanguage.ParseAdd("sv");
        var csv = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        var english = (await Client.GetFromJsonAsync<DatasetResponse>("/api/v1/datasets/sos-adhd-lakemedel-lan?lang=en", ApiJson.Options))!;
        var methylphenidate = english.Dimensions.Single(d => d.Code == "medicine").Codes!.Single(c => c.Code == "N06BA04").Label;

        Assert.Equal(6, links.Count);
        Assert.All(links, link => Assert.Contains("lang=en", link, StringComparison.Ordinal));
        Assert.Contains($",{methylphenidate}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineBreaksWhereFiguresAreMissingInsteadOfBeingDrawnThroughTheGap()
    {
        const string selection = "area=00&area=01&age=0-4&medicine=C02AC02&sex=male";
        var (_, html) = await GetPageAsync($"/datasets/sos-adhd-lakemedel-lan?{selection}");
        var rows = await Client.GetFromJsonAsync<OpenData.Api.Querying.Page<ObservationResponse>>("/api/v1/datasets/sos-adhd-lakemedel-lan/observations?area=01&age=0-4&medicine=C02AC02&sex=male&limit=100",
            ApiJson.Options);
        var stockholm = rows!.Items.Where(o => o.Area.Code == "01").OrderBy(o => o.Period, StringComparer.Ordinal).Select(o => o.Value).ToList();
        // Runs of consecutive years with figures, as the line must be drawn.
        var runs = stockholm.Select((v, i) => (v, i)).Where(p => p.v is not null && (p.i == 0 || stockholm[p.i - 1] is null)).Count();
        var series = Regex.Match(html, "<g class=\"series\" data-name=\"Stockholms län\">(.*?)</g>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains(null, stockholm);
        Assert.True(runs > 1, "Stockholm's figures have gaps between years with figures");
        Assert.Equal(runs, Regex.Matches(series, "<polyline").Count);
        Assert.Equal(stockholm.Count(v => v is not null), Regex.Matches(series, "<circle").Count);
    }

    [Fact]
    public async Task ABarChartMarksAMissingFigureAndItsHeadingNamesTheSelectionAndUnit()
    {
        const string selection = "area=00,01,03,09&periodFrom=2024&periodTo=2024&age=0-4&medicine=C02AC02&sex=male";
        var (_, html) = await GetPageAsync($"/datasets/sos-adhd-lakemedel-lan?{selection}");
        var rows = (await Client.GetFromJsonAsync<OpenData.Api.Querying.Page<ObservationResponse>>($"/api/v1/datasets/sos-adhd-lakemedel-lan/observations?{selection.Replace("periodFrom=2024&periodTo=2024", "period=2024")}",
            ApiJson.Options))!.Items;
        var heading = WebUtility.HtmlDecode(Regex.Match(html, "<h2 id=\"chart-heading\">(.*?)</h2>").Groups[1].Value);

        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, o => o.Value is null);
        Assert.Equal(rows.Count(o => o.Value is null), Regex.Matches(html, "<g class=\"missing\">").Count);
        Assert.Equal(rows.Count(o => o.Value is not null), Regex.Matches(html, "<rect class=\"bar\"").Count);
        Assert.Contains("2024", heading, StringComparison.Ordinal);
        Assert.Contains("0–4", heading, StringComparison.Ordinal);
        Assert.Contains("män", heading, StringComparison.Ordinal);
        Assert.EndsWith("(patienter per 1 000 invånare)", heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnglishPageIsInEnglish()
    {
        var (response, html) = await GetPageAsync("/datasets?lang=en");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("observations", html);
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task MoreLinesThanAChartTellsApartAreDrawnAsSmallMultiplesOnOneScale()
    {
        const string counties = "01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25";
        var rest = await Client.GetJsonAsync($"/api/v1/datasets/nasp-sjalvmordstal-lan/observations?indicator=NASP_SUICIDE_RATE_15PLUS&area={counties}&sex=total&sort=period&limit=1000");
        var gotland = rest.GetProperty("items").EnumerateArray().Where(o => o.GetProperty("area").GetProperty("code").GetString() == "09").ToList();

        var (_, html) = await GetPageAsync($"/datasets/nasp-sjalvmordstal-lan?area={counties}&lang=en");

        Assert.Contains("data-kind=\"small-multiples\" data-series=\"21\"", html);
        Assert.DoesNotContain("data-kind=\"line\"", html);
        Assert.Equal(21, Regex.Matches(html, "<figure class=\"multiple\">").Count);
        // Each small chart says what it shows: its area, its first and its last figure.
        var first = gotland[0];
        Assert.Contains($"Gotland County: {first.GetProperty("period").GetString()} {first.GetProperty("value").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}", html);
        // One scale for all: every small chart's top label is the same, the highest figure.
        Assert.Single(Regex.Matches(html, "<text class=\"axis\" x=\"48\" y=\"[0-9.]+\" text-anchor=\"end\">([^<]+)</text>").Select(m => m.Groups[1].Value).Where(label => label != "0").Distinct());
    }

    [Fact]
    public async Task ADatasetPageShowsTheSelectionAsChartTableAndLinks()
    {
        var rest = await Client.GetJsonAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?indicator=NASP_SUICIDE_RATE_15PLUS&area=00,01&sex=total&limit=100");

        var (_, html) = await GetPageAsync("/datasets/nasp-sjalvmordstal-lan?area=00&area=01");

        Assert.Contains("data-kind=\"line\" data-series=\"2\"", html);
        Assert.Equal(rest.TotalCount(), TableCell().Matches(html.Split("<table class=\"figures\">")[1].Split("</table>")[0]).Count);
        Assert.Contains("/api/v1/datasets/nasp-sjalvmordstal-lan/data?indicator=NASP_SUICIDE_RATE_15PLUS&amp;area=00,01&amp;sex=total&amp;format=csv", html);
        Assert.Contains("variant=excel", html);
        Assert.Contains("area: {in: [&quot;00&quot;, &quot;01&quot;]}", html);
    }

    [Theory]
    [InlineData("/datasets/psykiatrin-i-siffror")]
    [InlineData("/datasets/psykiatrin-i-siffror?lang=en")]
    public async Task ADatasetWithoutFiguresShowsItsDescriptionAndSaysSo(string path)
    {
        var dataset = await Client.GetFromJsonAsync<DatasetResponse>("/api/v1/datasets/psykiatrin-i-siffror");
        var (response, html) = await GetPageAsync(path);

        Assert.Equal(0, dataset!.ObservationCount);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(path.EndsWith("en", StringComparison.Ordinal) ? "no figures yet" : "inga värden ännu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("format=csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLOpenedInABrowserIsTheExplorerAndClientsStillGetData()
    {
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var client = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        client.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var explorer = await Client.SendAsync(browser);
        var data = await Client.SendAsync(client);

        Assert.Equal("text/html", explorer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lib/graphiql/graphiql.min.js?v=", await explorer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        Assert.Contains("Accept", explorer.Headers.Vary);
        Assert.Contains("Accept", data.Headers.Vary);
        Assert.Contains("\"__typename\":\"Query\"", await data.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaticFilesAreFingerprintedAndCachedForAYear()
    {
        var (_, html) = await GetPageAsync("/");
        var stylesheet = StylesheetHref().Match(html).Groups[1].Value;

        var fingerprinted = await Client.GetAsync(stylesheet);
        var plain = await Client.GetAsync("/css/site.css");

        Assert.Matches(@"^/css/site\.css\?v=[0-9a-f]{12}$", stylesheet);
        Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl?.ToString());
        Assert.Equal((TimeSpan.Zero, true), (plain.Headers.CacheControl?.MaxAge, plain.Headers.CacheControl?.MustRevalidate));
    }

    [GeneratedRegex("<td>[^<]+</td>")]
    private static partial Regex TableCell();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();

    [Fact]
    public async Task AnOrganisationsPageShowsTheRelationsOtherFeaturesOwnAfterItsOwn()
    {
        var (_, skr) = await GetPageAsync("/organisations/skr");
        var (_, uppdrag) = await GetPageAsync("/organisations/uppdrag-psykisk-halsa");

        var children = skr.IndexOf("Ingående organisationer", StringComparison.Ordinal);
        var agreements = skr.IndexOf("href=\"/agreements/overenskommelse-psykisk-halsa-2017\"", StringComparison.Ordinal);
        var networks = skr.IndexOf("href=\"/networks/kraftsamling-psykisk-halsa\"", StringComparison.Ordinal);
        Assert.True(children >= 0 && agreements > children && networks > agreements, $"children {children}, agreements {agreements}, networks {networks}");
        Assert.Contains("href=\"/networks/iimhl\"", uppdrag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAreasPageListsTheOrganisationsThatGovernIt()
    {
        var (response, html) = await GetPageAsync("/areas/13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/organisations/region-halland\"", html, StringComparison.Ordinal);
    }
}
