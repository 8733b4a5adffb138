using System.Text.Json;
using Microsoft.Playwright;

namespace OpenData.Api.Tests.Pages;

/// <summary>What people do on the pages, in Chromium: pick, read, download, query, switch language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageBrowsingTests(BrowserHost host)
{
    private const string Nasp = "/datasets/nasp-sjalvmordstal-lan";

    [Fact]
    public async Task PickingAreasAndAPeriodChangesTheChartAndTheTable()
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync(Nasp);
        var linesBefore = await page.Locator("figure.chart g.series").CountAsync();
        var rowsBefore = await page.Locator("table.figures tbody tr").CountAsync();

        await page.SelectOptionAsync("#area", ["00", "01", "12"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("area=12"));
        var lines = await page.Locator("figure.chart g.series").CountAsync();
        var rows = await page.Locator("table.figures tbody tr th").AllInnerTextsAsync();

        await page.SelectOptionAsync("#periodFrom", "2023");
        await page.SelectOptionAsync("#periodTo", "2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("periodTo=2023"));
        var kind = await page.Locator("figure.chart svg").GetAttributeAsync("data-kind");
        var bars = await page.Locator("figure.chart rect.bar").CountAsync();
        var columns = await page.Locator("table.figures thead th").AllInnerTextsAsync();

        Assert.Equal((1, 1), (linesBefore, rowsBefore));
        Assert.Equal(3, lines);
        Assert.Equal(["Sverige", "Stockholms län", "Skåne län"], rows);
        Assert.Equal(("bar", 3), (kind, bars));
        Assert.Equal(["Område", "2023"], columns);
    }

    [Fact]
    public async Task TheDownloadButtonsReturnExactlyTheSelection()
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync($"{Nasp}?area=01&area=03&periodFrom=2020&periodTo=2022");
        var cells = await page.Locator("table.figures tbody td").AllInnerTextsAsync();
        var csvHref = await page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).GetAttributeAsync("href");
        var excelHref = await page.GetByRole(AriaRole.Link, new() { Name = "CSV för svenska Excel" }).GetAttributeAsync("href");
        var jsonStatHref = await page.GetByRole(AriaRole.Link, new() { Name = "JSON-stat" }).GetAttributeAsync("href");

        using var csv = new CsvHelper.CsvReader(new StringReader(await host.Client.GetStringAsync(csvHref)), System.Globalization.CultureInfo.InvariantCulture);
        var excel = await host.Client.GetStringAsync(excelHref);
        using var jsonStat = JsonDocument.Parse(await host.Client.GetStringAsync(jsonStatHref));

        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Select(r => (Area: (string)r["area_code"], Period: (string)r["period"])).ToList();
        Assert.Equal(6, cells.Count);
        Assert.Equal(cells.Count, rows.Count);
        Assert.All(rows, row => Assert.Contains(row.Area, new[] { "01", "03" }));
        Assert.All(rows, row => Assert.InRange(int.Parse(row.Period), 2020, 2022));
        Assert.Contains(';', excel.Split('\n')[0]);
        Assert.Equal(rows.Count, jsonStat.RootElement.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task TheRestUrlAndTheGraphQLQueryOnADatasetPageReturnTheSameFigures()
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync($"{Nasp}?area=00&area=14");
        var restUrl = await page.Locator("pre code").Nth(0).InnerTextAsync();
        var graphQL = await page.Locator("pre code").Nth(1).InnerTextAsync();
        var shown = await page.Locator("table.figures tbody td").AllInnerTextsAsync();

        using var rest = JsonDocument.Parse(await host.Client.GetStringAsync(restUrl));
        using var response = await host.Client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = graphQL }), System.Text.Encoding.UTF8, "application/json"));
        using var graph = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var connection = graph.RootElement.GetProperty("data").GetProperty("dataset").GetProperty("observations");

        Assert.StartsWith("/api/v1/datasets/nasp-sjalvmordstal-lan/observations?", restUrl);
        Assert.Equal(shown.Count, rest.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(shown.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            rest.RootElement.GetProperty("items").EnumerateArray().Select(o => (o.GetProperty("area").GetProperty("code").GetString(), o.GetProperty("period").GetString(), o.GetProperty("value").GetDouble())).Order(),
            connection.GetProperty("nodes").EnumerateArray().Select(o => (o.GetProperty("area").GetProperty("code").GetString(), o.GetProperty("period").GetString(), o.GetProperty("value").GetDouble())).Order());
    }

    [Fact]
    public async Task TheGraphQLExplorerRunsAQuery()
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;
        var query = "{ organisation(id: \"skr\") { name } }";
        await page.GotoAsync($"/graphql?query={Uri.EscapeDataString(query)}");

        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("Sveriges Kommuner och Regioner", new() { Timeout = 15_000 });

        Assert.Empty(tab.External);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task TheLanguageSwitchShowsThePageInEnglishAndBack()
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/networks/iimhl");
        var swedishHeading = await page.Locator("h2").First.InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "In English" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("lang=en"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var englishLang = await page.Locator("html").GetAttributeAsync("lang");
        var englishNav = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisations" }).ClickAsync();
        var keptLanguage = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "På svenska" }).ClickAsync();
        var swedishLang = await page.Locator("html").GetAttributeAsync("lang");

        Assert.Equal("en", englishLang);
        Assert.Contains("Datasets", englishNav);
        Assert.Contains("lang=en", keptLanguage);
        Assert.Equal("sv", swedishLang);
        Assert.NotEqual("", swedishHeading);
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData(Nasp + "?area=00&area=01&area=12&area=14", "dataset")]
    public async Task APageIsOneRequestPlusCachedFingerprintedAssets(string path, string screenshot)
    {
        await using var tab = await host.NewPageAsync();
        var page = tab.Page;

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Directory.CreateDirectory(BrowserHost.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, $"{screenshot}.png"), FullPage = true });

        var assets = tab.Requests.Skip(1).ToList();
        Assert.Equal(new Uri(host.BaseAddress, path).ToString(), tab.Requests[0]);
        Assert.NotEmpty(assets);
        Assert.All(assets, url => Assert.Contains("?v=", url));
        foreach (var asset in assets)
        {
            using var response = await host.Client.GetAsync(asset);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        }
        Assert.True(File.Exists(Path.Combine(BrowserHost.ScreenshotFolder, $"{screenshot}.png")));
    }
}
