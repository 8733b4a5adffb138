using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

[Collection(SeededApiCollection.Name)]
public sealed class DatasetDownloadsTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task CsvIsUtf8WithBomAndAHeaderRowAndOneRowPerObservation()
    {
        var response = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.csv?areaUnder=01");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvText.Rows(Encoding.UTF8.GetString(bytes[3..]), ",");
        Assert.Equal(["indicator", "indicator_name", "unit", "area_code", "area_name", "period", "sex", "sex_name", "value", "status", "note", "note_en", "source"], rows[0]);
        Assert.Equal(27, rows.Count);
        Assert.Contains(rows, r => r[4] == "Österåker" && r[8] == "49787");
    }

    [Fact]
    public async Task TheExcelVariantWritesCodesOfDigitsAsTextAndTheStandardOneAsTheyAre()
    {
        const string selection = "/api/v1/datasets/sos-adhd-lakemedel-lan/data.csv?area=01&period=2022&sex=total&age=5-9";
        var excel = CsvText.Rows((await Client.GetStringAsync($"{selection}&variant=excel")).TrimStart('\uFEFF'), ";");
        var standard = CsvText.Rows((await Client.GetStringAsync(selection)).TrimStart('\uFEFF'), ",");

        Assert.True(excel.Count > 1, $"{excel.Count} rows");
        Assert.All(excel.Skip(1), row => Assert.Equal(("=\"01\"", "=\"5-9\"", "=\"2022\""),
            (row[excel[0].IndexOf("area_code")], row[excel[0].IndexOf("age")], row[excel[0].IndexOf("period")])));
        Assert.All(standard.Skip(1), row => Assert.Equal(("01", "5-9", "2022"),
            (row[standard[0].IndexOf("area_code")], row[standard[0].IndexOf("age")], row[standard[0].IndexOf("period")])));
    }

    [Fact]
    public async Task EveryAreaCodeOfTheExcelVariantIsTextWithOrWithoutALeadingZero()
    {
        var rows = CsvText.Rows((await Client.GetStringAsync("/api/v1/datasets/scb-folkmangd/data.csv?variant=excel")).TrimStart('\uFEFF'), ";");
        var codes = rows.Skip(1).Select(row => row[rows[0].IndexOf("area_code")]).ToList();

        Assert.Contains("=\"0114\"", codes);
        Assert.Contains("=\"1280\"", codes);
        Assert.All(codes, code => Assert.Matches("^=\"[0-9]+\"$", code));
    }

    /// <summary>
    /// A whole dataset is read differently (in SQLite, by a scan of its rows' id range rather than through the key index); a
    /// filter that every row passes keeps the index. Both must give the same file.
    /// </summary>
    [Theory]
    [InlineData("nasp-sjalvmordstal-lan", "csv")]
    [InlineData("nasp-sjalvmordstal-lan", "json")]
    [InlineData("sos-adhd-lakemedel-lan", "csv")]
    [InlineData("sos-adhd-lakemedel-lan", "jsonstat")]
    public async Task AWholeDatasetDownloadHoldsTheSameRowsInTheSameOrderAsAFilterEveryRowPasses(string dataset, string format)
    {
        var sent = api.Factory.Queries.Count;
        var whole = await Client.GetByteArrayAsync($"/api/v1/datasets/{dataset}/data?format={format}");
        var wholeCommands = api.Factory.Queries.CommandsSince(sent);
        var filtered = await Client.GetByteArrayAsync($"/api/v1/datasets/{dataset}/data?format={format}&periodFrom=1000");

        Assert.True(whole.Length > 10_000, $"{dataset} as {format} is {whole.Length} bytes.");
        Assert.Equal(Encoding.UTF8.GetString(filtered), Encoding.UTF8.GetString(whole));
        if (!TestDatabase.OnPostgres)
        {
            // The seeded datasets' rows lie together by id, so the whole download took the scan.
            Assert.Contains(wholeCommands, command => command.Contains("NOT INDEXED", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheExcelVariantUsesSemicolonsAndDecimalCommas()
    {
        var text = await Client.GetStringAsync("/api/v1/datasets/nasp-sjalvmordstal-lan/data.csv?variant=excel&area=00&period=2021&indicator=NASP_SUICIDE_RATE_15PLUS");
        var rows = CsvText.Rows(text.TrimStart('\uFEFF'), ";");

        Assert.Equal(2, rows.Count);
        Assert.Equal("17,6", rows[1][8]);
        Assert.Equal("Sverige", rows[1][4]);
        Assert.Contains("17,4", rows[1][10], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadsCarryAFileNameAnETagAndLastModified()
    {
        var response = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.csv");

        Assert.Equal("scb-folkmangd-r1.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.csv?period=2020&area=00", "scb-folkmangd-r1-area-00-period-2020.csv")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.csv?area=00,01&variant=excel&lang=en", "scb-folkmangd-r1-area-00_01-en-excel.csv")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data?format=jsonstat&sex=total", "scb-folkmangd-r1-sex-total.jsonstat.json")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data?format=json", "scb-folkmangd-r1.json")]
    public async Task ADownloadsFileNameDescribesItsSelection(string url, string fileName)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task ALongListInASelectionIsNamedByItsFirstValueAndCountSoTheRestOfTheSelectionStillShows()
    {
        const string counties = "01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25";
        var years = string.Join(",", Enumerable.Range(2010, 15));
        var first = await Client.GetAsync($"/api/v1/datasets/scb-folkmangd/data.csv?area={counties}&period={years}&sex=total");
        var other = await Client.GetAsync($"/api/v1/datasets/scb-folkmangd/data.csv?area={counties[3..]}&period={years}&sex=total");

        var name = first.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches("^scb-folkmangd-r1-area-01_and_20_more_[0-9a-f]{6}-period-2010_and_14_more_[0-9a-f]{6}-sex-total\\.csv$", name);
        Assert.Matches("^scb-folkmangd-r1-area-03_and_19_more_[0-9a-f]{6}-period-2010_and_14_more_[0-9a-f]{6}-sex-total\\.csv$",
            other.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task ADatasetPagesMapSelectionDownloadsUnderANameThatKeepsEveryDimension()
    {
        const string counties = "01,03,04,05,06,07,08,09,10,12,13,14,17,18,19,20,21,22,23,24,25";
        var response = await Client.GetAsync($"/api/v1/datasets/sos-adhd-lakemedel-lan/data?format=csv&indicator=SOS_ADHD_MEDICATION_PATIENTS&area={counties}"
                                             + "&periodFrom=2024&periodTo=2024&sex=male&age=10-14&medicine=N06BA12&lang=sv");

        Assert.Matches("^sos-adhd-lakemedel-lan-r1-age-10_14-area-01_and_20_more_[0-9a-f]{6}-indicator-SOS_ADHD_MEDICATION_PATIENTS-medicine-N06BA12"
                       + "-periodFrom-2024-periodTo-2024-sex-male\\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task ASelectionTooLongForAFileNameEvenSoIsNamedByAHashOfIt()
    {
        var first = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.csv?areaUnder=sjukvardsregion-vastra,sjukvardsregion-sodra,sjukvardsregion-norra&periodFrom=2010&periodTo=2020&status=published&indicator=FOLKMANGD&sex=total");
        var other = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.csv?areaUnder=sjukvardsregion-vastra,sjukvardsregion-sodra,sjukvardsregion-norra&periodFrom=2011&periodTo=2020&status=published&indicator=FOLKMANGD&sex=total");

        var name = first.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches("^scb-folkmangd-r1-selection-[0-9a-f]{10}\\.csv$", name);
        Assert.NotEqual(name, other.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task HeadGivesADownloadsHeadersWithoutReadingItsRows(string format)
    {
        var url = $"/api/v1/datasets/sos-adhd-lakemedel-lan/data?format={format}&area=01";
        var get = await Client.GetAsync(url);
        var commandsBefore = api.Factory.Queries.Count;

        var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(api.Factory.Queries.CommandsSince(commandsBefore), sql => sql.Contains("\"Observations\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnchangedDownloadAnswers304ToIfNoneMatch()
    {
        var first = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.json?area=00");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data.json?area=00");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var other = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.json?area=01");

        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task JsonHoldsTheObservationRecords()
    {
        var rows = JsonDocument.Parse(await Client.GetStringAsync("/api/v1/datasets/scb-folkmangd/data.json?status=derived")).RootElement;

        Assert.Equal(20, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("derived-sum-of-municipalities", r.GetProperty("source").GetString()));
        Assert.Equal("personer", rows[0].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task JsonStatIsACubeWithDimensionsRolesStatusAndLicence()
    {
        var response = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data.jsonstat?area=00,01,03&periodFrom=2023");
        var cube = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/vnd.json-stat+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2.0", cube.GetProperty("version").GetString());
        Assert.Equal("dataset", cube.GetProperty("class").GetString());
        Assert.Equal(["indicator", "area", "period", "sex"], cube.GetProperty("id").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([1, 3, 2, 1], cube.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("period", cube.GetProperty("role").GetProperty("time")[0].GetString());
        Assert.Equal("area", cube.GetProperty("role").GetProperty("geo")[0].GetString());
        Assert.Equal("personer", cube.GetProperty("dimension").GetProperty("indicator").GetProperty("category").GetProperty("unit").GetProperty("FOLKMANGD").GetProperty("label").GetString());
        var values = cube.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(6, values.Count);
        // Sweden has 2023 and 2024; the counties only 2024, so their 2023 cells are null.
        Assert.Equal(10_551_707, values[0].GetDouble());
        Assert.Equal(10_587_710, values[1].GetDouble());
        Assert.Equal(JsonValueKind.Null, values[2].ValueKind);
        Assert.Equal(2_473_307, values[3].GetDouble());
        Assert.Equal("derived", cube.GetProperty("status").GetProperty("5").GetString());
        Assert.Equal("CC0-1.0", cube.GetProperty("extension").GetProperty("licence").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(cube.GetProperty("updated").GetString()));
    }

    [Theory]
    [InlineData("text/csv", "text/csv")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/vnd.json-stat+json", "application/vnd.json-stat+json")]
    public async Task DataChoosesTheFormatByAccept(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?area=00");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await Client.SendAsync(request);

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnsupportedAcceptIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        Assert.Equal(HttpStatusCode.NotAcceptable, (await Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.csv?variant=word", "variant")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.csv?limit=10", "limit")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data.json?periodFrom=nu", "periodFrom")]
    public async Task BadDownloadParametersAreRejectedByName(string url, string parameter)
    {
        await Client.GetInvalidParameterAsync(url, parameter);
    }

    [Theory]
    [InlineData("data.csv?areaUnder=01&variant=excel", "data?areaUnder=01&variant=excel&format=csv")]
    [InlineData("data.json", "data?format=json")]
    [InlineData("data.jsonstat?indicator=FOLKMANGD", "data?indicator=FOLKMANGD&format=jsonstat")]
    public async Task TheFirstDownloadAddressesRedirectPermanentlyToTheDataResource(string old, string resource)
    {
        using var client = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/api/v1/datasets/scb-folkmangd/{old}");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"/api/v1/datasets/scb-folkmangd/{resource}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheFormatParameterWinsOverAcceptAndAnUnknownOneIsNamed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?format=json");
        request.Headers.Accept.ParseAdd("text/csv");
        var json = await Client.SendAsync(request);

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        await Client.GetInvalidParameterAsync("/api/v1/datasets/scb-folkmangd/data?format=xlsx", "format");
    }

    [Fact]
    public async Task ADownloadInAnotherLanguageHasAnotherETagAndCachesAreToldToVaryByLanguageAndFormat()
    {
        async Task<HttpResponseMessage> GetAsync(string language, string? ifNoneMatch = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?format=csv&area=01");
            request.Headers.AcceptLanguage.ParseAdd(language);
            if (ifNoneMatch is not null)
            {
                request.Headers.IfNoneMatch.ParseAdd(ifNoneMatch);
            }
            return await Client.SendAsync(request);
        }

        var swedish = await GetAsync("sv");
        var english = await GetAsync("en");
        var englishAfterSwedish = await GetAsync("en", swedish.Headers.ETag!.Tag);

        Assert.NotEqual(swedish.Headers.ETag, english.Headers.ETag);
        Assert.Equal(["Accept", "Accept-Language"], swedish.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, englishAfterSwedish.StatusCode);
        Assert.Contains("Stockholm County", await englishAfterSwedish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync("en", english.Headers.ETag!.Tag)).StatusCode);
    }

    [Fact]
    public async Task AcceptingAnyApplicationTypeGetsJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?area=00");
        request.Headers.Accept.ParseAdd("application/*");

        var response = await Client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AVariantIsForCsvOnly()
    {
        var problem = await Client.GetInvalidParameterAsync("/api/v1/datasets/scb-folkmangd/data?format=parquet&variant=excel", "variant");

        Assert.Contains("Only CSV", problem.GetProperty("errors").GetProperty("variant")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDatasetIs404()
    {
        await Client.GetProblemAsync("/api/v1/datasets/no-such-dataset/data.csv", HttpStatusCode.NotFound);
    }
}
