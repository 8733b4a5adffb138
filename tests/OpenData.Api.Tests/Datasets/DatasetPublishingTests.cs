using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Datasets;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>Writes: each test gets a database of its own.</summary>
public sealed partial class DatasetPublishingTests : IAsyncLifetime
{
    private const string Nasp = "nasp-sjalvmordstal-lan";
    private const string Scb = "scb-folkmangd";
    private readonly OpenDataApiFactory _factory = new();
    private readonly List<HttpClient> _clients = [];
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = ClientWith(OpenDataApiFactory.PublisherKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    /// <summary>A client that sends the given API key; the test's own client sends NASP's.</summary>
    private HttpClient ClientWith(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        _clients.Add(client);
        return client;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task WritingWithoutAValidKeyIs401(string? key)
    {
        using var anonymous = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{Nasp}/observations") { Content = Csv("indicator,area,period,value\n") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(Nasp));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/datasets/{Nasp}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&variant=excel")]
    public async Task ExportThenImportGivesTheSameData(string variant)
    {
        var exported = await _client.GetByteArrayAsync($"/api/v1/datasets/{Nasp}/data.csv?lang=sv{variant}");

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new ByteArrayContent(exported) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var again = await _client.GetByteArrayAsync($"/api/v1/datasets/{Nasp}/data.csv?lang=sv{variant}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 374, 0, 0, 0), (result.GetProperty("revision").GetInt32(), result.GetProperty("rows").GetInt32(),
            result.GetProperty("rowsAdded").GetInt32(), result.GetProperty("rowsChanged").GetInt32(), result.GetProperty("rowsRemoved").GetInt32()));
        Assert.Equal(exported, again);
    }

    [Fact]
    public async Task AJsonExportImportsToo()
    {
        var scb = ClientWith(OpenDataApiFactory.ScbPublisherKey);
        var exported = await scb.GetStringAsync($"/api/v1/datasets/{Scb}/data.json");

        var response = await scb.PutAsync($"/api/v1/datasets/{Scb}/observations", new StringContent(exported, Encoding.UTF8, "application/json"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((368, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("rowsChanged").GetInt32()));
    }

    [Fact]
    public async Task AWholeDownloadOfADatasetSpreadOverTheTableReadsThroughTheIndexAndMatchesAFilteredOne()
    {
        var scb = ClientWith(OpenDataApiFactory.ScbPublisherKey);
        var rows = JsonNode.Parse(await scb.GetStringAsync($"/api/v1/datasets/{Scb}/data.json"))!.AsArray();
        var added = rows[0]!.DeepClone();
        added["period"] = "2099";
        rows.Add(added);
        // The new row's id comes after every observation seeded after this dataset's, far from the dataset's other rows.
        var upload = await scb.PutAsync($"/api/v1/datasets/{Scb}/observations", new StringContent(rows.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var sent = _factory.Queries.Count;
        var whole = await scb.GetStringAsync($"/api/v1/datasets/{Scb}/data.csv");
        var commands = _factory.Queries.CommandsSince(sent);
        var filtered = await scb.GetStringAsync($"/api/v1/datasets/{Scb}/data.csv?periodFrom=1000");

        Assert.Equal(filtered, whole);
        Assert.Equal(rows.Count + 1, CsvText.Rows(whole.TrimStart('\uFEFF'), ",").Count);
        Assert.DoesNotContain(commands, command => command.Contains("NOT INDEXED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotesWithTabsLineBreaksAndBackslashesAreStoredAsWritten()
    {
        // PostgreSQL's store streams rows in COPY's text format, where these characters would otherwise end a field or a row.
        const string note = "Rad ett\r\n\tRad två \\N \\ slut";
        var json = JsonSerializer.Serialize(new[]
        {
            new { indicator = "NASP_SUICIDE_RATE_15PLUS", area = "00", period = "2024", value = 17.9, note, noteEn = "Tab\there" },
        });

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent(json, Encoding.UTF8, "application/json"));
        var stored = await _factory.QueryAsync(db => db.Observations.Where(o => o.DatasetId == Nasp).Select(o => new { o.NoteSv, o.NoteEn }).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((note, "Tab\there"), (stored.NoteSv, stored.NoteEn));
    }

    [Fact]
    public async Task AWriteCountsAddedChangedAndRemovedRowsAndRecordsTheUploadAsTheSourceOfNewFigures()
    {
        var before = await _client.GetJsonAsync($"/api/v1/datasets/{Nasp}/observations?area=00&period=2023&sex=total");
        var originalSource = before.GetProperty("items")[0].GetProperty("source").GetString();
        const string body = """
            indicator,area,period,sex,value,status,note
            NASP_SUICIDE_RATE_15PLUS,00,2023,total,18.4,published,
            NASP_SUICIDE_RATE_15PLUS,00,2024,total,17.9,provisional,Preliminärt
            NASP_SUICIDE_RATE_15PLUS,01,2023,total,,missing,
            """;

        var result = await (await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body))).Content.ReadFromJsonAsync<JsonElement>();
        var dataset = await _client.GetJsonAsync($"/api/v1/datasets/{Nasp}");
        var rows = await _client.GetJsonAsync($"/api/v1/datasets/{Nasp}/observations?limit=10");

        // 2023 for Sweden keeps its figure and its source, 2024 is new, Stockholm 2023 becomes missing, the rest go.
        Assert.Equal((3, 1, 1, 372), (result.GetProperty("rows").GetInt32(), result.GetProperty("rowsAdded").GetInt32(),
            result.GetProperty("rowsChanged").GetInt32(), result.GetProperty("rowsRemoved").GetInt32()));
        Assert.Equal(2, dataset.GetProperty("revision").GetInt32());
        Assert.Equal(2, dataset.GetProperty("revisions").GetArrayLength());
        Assert.Equal(3, dataset.GetProperty("observationCount").GetInt32());
        Assert.All(rows.GetProperty("items").EnumerateArray(), o => Assert.Equal(
            o.GetProperty("area").GetProperty("code").GetString() == "00" && o.GetProperty("period").GetString() == "2023" ? originalSource : $"upload-{Nasp}-r2",
            o.GetProperty("source").GetString()));
        Assert.NotEqual($"upload-{Nasp}-r2", originalSource);
        var source = await _client.GetJsonAsync($"/api/v1/sources/upload-{Nasp}-r2");
        Assert.Equal(OpenDataApiFactory.PublisherName, source.GetProperty("publisher").GetString());
    }

    [Theory]
    [InlineData("NOPE,00,2023,total,1,published,,", "indicator")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,99,2023,total,1,published,,", "area")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,20x3,total,1,published,,", "period")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,both,1,published,,", "sex")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,total,many,published,,", "value")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,total,,published,,", "value")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,total,3,suppressed,,", "value")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,total,1,estimated,,", "status")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2023,total,1,published,,no-such-source", "source")]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,00,2022,total,1,published,,", "period")]
    public async Task EveryInvalidFieldIsReportedWithItsRowAndColumnAndNothingIsWritten(string badRow, string column)
    {
        var body = "indicator,area,period,sex,value,status,note,source\n"
                   + "NASP_SUICIDE_RATE_15PLUS,00,2022,total,18.0,published,,\n"
                   + "NASP_SUICIDE_RATE_15PLUS,01,2022,total,14.0,published,,\n"
                   + badRow + "\n";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = problem.GetProperty("errors")[0];
        Assert.Equal((4, column), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(1, await RevisionAsync(Nasp));
        Assert.Equal(374, await _factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == Nasp)));
    }

    [Theory]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,01,2022,total,14.0,published", 6)]
    [InlineData("NASP_SUICIDE_RATE_15PLUS,01,2022,total,14.0,published,,,14.0", 9)]
    public async Task ARowWithFewerOrMoreFieldsThanTheHeaderIsRejectedByRowAndNothingIsWritten(string badRow, int fields)
    {
        var body = "indicator,area,period,sex,value,status,note,source\n"
                   + "NASP_SUICIDE_RATE_15PLUS,00,2022,total,18.0,published,,\n"
                   + badRow + "\n"
                   + "NASP_SUICIDE_RATE_15PLUS,03,2022,total,12.0,published,,\n";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors").Deserialize<List<ImportError>>(JsonSerializerOptions.Web);
        Assert.Equal(new ImportError(3, "fields", $"The row has {fields} fields; the header has 8, so every row needs 8."), Assert.Single(errors!));
        Assert.Contains("row 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(Nasp));
        Assert.Equal(374, await _factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == Nasp)));
    }

    [Fact]
    public async Task AFileOfMisshapenRowsIsReportedUpToTheErrorLimitWhereReadingStops()
    {
        var body = "indicator,area,period,value\n" + string.Concat(Enumerable.Repeat("NASP_SUICIDE_RATE_15PLUS,00,2022\n", 150));

        var problem = await (await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body))).Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").Deserialize<List<ImportError>>(JsonSerializerOptions.Web)!;

        Assert.Equal(101, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(new ImportError(101, "fields", "Reading stopped after 100 rows with the wrong number of fields."), errors[^1]);
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task AFileWithoutTheRequiredColumnsIsRejected()
    {
        var problem = await (await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv("indicator,area\nX,00\n"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "period");
    }

    [Fact]
    public async Task AFailingRowAtTheEndLeavesTheDatabaseUnchanged()
    {
        var exported = await _client.GetStringAsync($"/api/v1/datasets/{Nasp}/data.csv");
        var changedFirstRow = exported.Replace("15.8,", "99.9,", StringComparison.Ordinal);
        var body = changedFirstRow.TrimEnd() + "\nNASP_SUICIDE_RATE_15PLUS,x,x,00,x,2099,total,not-a-number,published,,,\n";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(exported, await _client.GetStringAsync($"/api/v1/datasets/{Nasp}/data.csv"));
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task AFailingRowAfterThousandsOfWrittenRowsIs400AndLeavesTheDatabaseUnchanged()
    {
        // More valid rows than the importer writes in one batch, so the store has begun writing when the bad row comes.
        var body = "indicator,area,period,value\n"
                   + string.Concat(Enumerable.Range(1000, 5_000).Select(year => $"NASP_SUICIDE_RATE_15PLUS,00,{year},1\n"))
                   + "NASP_SUICIDE_RATE_15PLUS,00,9999,not-a-number\n";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((5_002, "value"), (problem.GetProperty("errors")[0].GetProperty("row").GetInt32(), problem.GetProperty("errors")[0].GetProperty("column").GetString()));
        Assert.Equal(1, await RevisionAsync(Nasp));
        Assert.Equal(374, await _factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == Nasp)));
    }

    [Fact]
    public async Task IfMatchWithAStaleETagIs412()
    {
        var first = await _client.GetAsync($"/api/v1/datasets/{Nasp}");
        var etag = first.Headers.ETag!;
        var exported = await _client.GetStringAsync($"/api/v1/datasets/{Nasp}/data.csv");

        using var current = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{Nasp}/observations") { Content = Csv(exported) };
        current.Headers.IfMatch.Add(etag);
        var accepted = await _client.SendAsync(current);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{Nasp}/observations") { Content = Csv(exported) };
        stale.Headers.IfMatch.Add(etag);
        var rejected = await _client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(etag, accepted.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, rejected.StatusCode);
        Assert.Equal(2, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task OfTwoConcurrentMetadataWritesWithTheSameETagExactlyOneWins()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset)).StatusCode);
        for (var trial = 0; trial < 20; trial++)
        {
            var etag = (await _client.GetAsync("/api/v1/datasets/test-dataset")).Headers.ETag!;
            var titles = new[] { $"Första {trial}", $"Andra {trial}" };

            var answers = await Task.WhenAll(titles.Select(title => Task.Run(() => PutMetadataAsync(title, etag))));
            var dataset = await _client.GetFromJsonAsync<DatasetResponse>("/api/v1/datasets/test-dataset");

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
            Assert.Equal(titles[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)], dataset!.Title);
        }

        async Task<HttpResponseMessage> PutMetadataAsync(string title, EntityTagHeaderValue etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/test-dataset") { Content = JsonContent.Create(NewDataset with { TitleSv = title }) };
            request.Headers.IfMatch.Add(etag);
            return await _client.SendAsync(request);
        }
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneDatasetNeverFail()
    {
        for (var trial = 0; trial < 10; trial++)
        {
            var id = $"test-dataset-{trial}";

            var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => _client.PutAsJsonAsync($"/api/v1/datasets/{id}", NewDataset))));

            Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task ANewRevisionAppearsInTheChangeFeed()
    {
        var seeded = await _factory.QueryAsync(db => db.Datasets.MaxAsync(d => d.UpdatedAt));
        var before = seeded.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await _client.GetJsonAsync($"/api/v1/datasets?changedSince={before}")).TotalCount());

        await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv("indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2024,17.0\n"));
        var changes = await _client.GetJsonAsync($"/api/v1/datasets?changedSince={before}");

        Assert.Equal([Nasp], changes.Ids());
    }

    [Fact]
    public async Task APublisherCreatesADatasetThenFillsAndUpdatesIt()
    {
        var metadata = new
        {
            titleSv = "Testdataset", titleEn = "Test dataset", publisher = "nasp", licenceId = "CC-BY-4.0", licenceUri = "http://creativecommons.org/licenses/by/4.0/",
            sources = new[] { "opendata-reference-sources" },
            indicators = new[] { new { code = "X", nameSv = "Ett mått", unitSv = "antal", higherIsBetter = (bool?)null } },
        };

        var created = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", metadata);
        var filled = await _client.PutAsync("/api/v1/datasets/test-dataset/observations", Csv("indicator,area,period,value\nX,00,2024,1\nX,01,2024,2\n"));
        var updated = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", metadata with { titleSv = "Nytt namn" });
        var dropIndicator = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset",
            metadata with { indicators = new[] { new { code = "Y", nameSv = "Annat", unitSv = "antal", higherIsBetter = (bool?)true } } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/datasets/test-dataset", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Nytt namn", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, dropIndicator.StatusCode);
        Assert.Equal(2, (await _client.GetJsonAsync("/api/v1/datasets/test-dataset/observations")).TotalCount());
    }

    [Fact]
    public async Task ADownloadIsNotReportedUnchangedAfterTheMetadataItCarriesChanged()
    {
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset);
        await _client.PutAsync("/api/v1/datasets/test-dataset/observations", Csv("indicator,area,period,value\nX,00,2024,1\n"));
        var before = await _client.GetAsync("/api/v1/datasets/test-dataset/data?format=csv");

        await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset with { Indicators = [AnIndicator with { UnitSv = "procent" }] });
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/test-dataset/data?format=csv");
        revalidation.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await _client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(",procent,", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.True(after.Content.Headers.LastModified >= before.Content.Headers.LastModified);
    }

    [Fact]
    public async Task JsonStatNamesTheSourcesOfFiguresUploadedWithoutOneOrWithOneTheDatasetDoesNotList()
    {
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset);
        await _client.PutAsync("/api/v1/datasets/test-dataset/observations",
            Csv("indicator,area,period,value,source\nX,00,2024,1,\nX,01,2024,2,nasp-ki-lan-2006-2016\n"));
        var listed = await _client.GetJsonAsync("/api/v1/sources/nasp-ki-lan-2006-2016");

        var source = (await _client.GetJsonAsync("/api/v1/datasets/test-dataset/data?format=jsonstat")).GetProperty("source").GetString()!;

        Assert.Contains("Uppladdning till test-dataset, revision 1", source, StringComparison.Ordinal);
        Assert.Contains(listed.GetProperty("title").GetString()!, source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidMetadataIsRejectedByField()
    {
        var response = await _client.PutAsJsonAsync("/api/v1/datasets/Bad Id", new { titleSv = "", publisher = "nobody", sources = new[] { "nothing" }, indicators = Array.Empty<object>() });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "id", "titleSv", "publisher", "sources", "indicators" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task AfterAnImportTheDatabaseStillEnforcesForeignKeys()
    {
        var exported = await _client.GetByteArrayAsync($"/api/v1/datasets/{Nasp}/data.csv");
        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new ByteArrayContent(exported) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });

        // The importer checks references itself (on SQLite with the database's checks off); the pooled connection it used
        // must check them again afterwards.
        var orphan = await Record.ExceptionAsync(() => _factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Observations" ("DatasetId", "IndicatorCode", "AreaCode", "Period", "Sex", "Value", "Status", "SourceId") VALUES ('nasp-sjalvmordstal-lan', 'NASP_SUICIDE_RATE_15PLUS', 'nowhere', '2030', 'total', 1, 'published', 'nothing')""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsAssignableFrom<System.Data.Common.DbException>(orphan);
        Assert.Contains("foreign key", orphan.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hello")]
    [InlineData("creativecommons.org/licenses/by/4.0/")]
    public async Task ALicenceUriMustBeAWebAddress(string uri)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/datasets/licence-test", new
        {
            titleSv = "Test", licenceId = "CC-BY-4.0", licenceUri = uri, sources = new[] { "opendata-reference-sources" },
            indicators = new[] { new { code = "X", nameSv = "Mått", unitSv = "antal" } },
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("licenceUri", out _));
    }

    [Fact]
    public async Task WritingToAnUnknownDatasetIs404AndAnUnknownMediaTypeIs415()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PutAsync("/api/v1/datasets/no-such/observations", Csv("indicator,area,period,value\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent("x", Encoding.UTF8, "application/xml"))).StatusCode);
    }

    [Fact]
    public async Task TheImportCommandReplacesObservationsFromAFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2024,16.5\n");
        await _factory.DisposeAsync();
        try
        {
            var (exitCode, output) = await RunAsync("import", file, "--dataset", Nasp);

            Assert.True(exitCode == 0, output);
            Assert.Contains("revision 2", output, StringComparison.Ordinal);
            var (failed, errors) = await RunAsync("import", file, "--dataset", "no-such-dataset");
            Assert.Equal(1, failed);
            Assert.Contains("no-such-dataset", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => OperatorCommand.RunAsync(_factory.Database, null, arguments);

    private Task<int> RevisionAsync(string id) => _factory.QueryAsync(db => db.Datasets.Where(d => d.Id == id).Select(d => d.Revision).SingleAsync());

    private static StringContent Csv(string body) => new(body, Encoding.UTF8, "text/csv");
}
