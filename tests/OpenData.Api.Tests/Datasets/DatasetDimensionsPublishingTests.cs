using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Datasets;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>Uploads to a dataset with dimensions of its own read each one's codes from its column; each test gets a database of its own.</summary>
public sealed class DatasetDimensionsPublishingTests : IAsyncLifetime
{
    private const string Adhd = "sos-adhd-lakemedel-lan";
    private readonly OpenDataApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.OperatorKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    private Task<HttpResponseMessage> PutCsvAsync(string body) =>
        _client.PutAsync($"/api/v1/datasets/{Adhd}/observations", new StringContent(body, Encoding.UTF8, "text/csv"));

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("csv&variant=excel", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task ExportThenImportOfEveryDimensionGivesTheSameData(string format, string mediaType)
    {
        var exported = await _client.GetByteArrayAsync($"/api/v1/datasets/{Adhd}/data?format={format}");

        var response = await _client.PutAsync($"/api/v1/datasets/{Adhd}/observations", new ByteArrayContent(exported) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 25_080, 0, 0, 0), (result.GetProperty("revision").GetInt32(), result.GetProperty("rows").GetInt32(),
            result.GetProperty("rowsAdded").GetInt32(), result.GetProperty("rowsChanged").GetInt32(), result.GetProperty("rowsRemoved").GetInt32()));
        Assert.Equal(exported, await _client.GetByteArrayAsync($"/api/v1/datasets/{Adhd}/data?format={format}"));
    }

    [Fact]
    public async Task AnUploadChangesOnlyTheFigureOfItsOwnCombinationOfDimensions()
    {
        var csv = await _client.GetStringAsync($"/api/v1/datasets/{Adhd}/data?format=csv");
        var changed = csv.Replace(",2024,total,Båda könen,15-19,15–19 år,N06BA04,Metylfenidat,49.44,", ",2024,total,Båda könen,15-19,15–19 år,N06BA04,Metylfenidat,50.5,", StringComparison.Ordinal);

        var result = await (await PutCsvAsync(changed)).Content.ReadFromJsonAsync<JsonElement>();
        var page = await _client.GetFromJsonAsync<Page<ObservationResponse>>(
            $"/api/v1/datasets/{Adhd}/observations?area=00&period=2024&sex=total&age=15-19", ApiJson.Options);

        Assert.Equal(1, result.GetProperty("rowsChanged").GetInt32());
        Assert.Equal(50.5, page!.Items.Single(o => o.Dimensions["medicine"] == "N06BA04").Value);
        Assert.Equal(38.16, page.Items.Single(o => o.Dimensions["medicine"] == "N06BA12").Value);
    }

    [Theory]
    [InlineData("indicator,area,period,sex,age,value\nSOS_ADHD_MEDICATION_PATIENTS,00,2024,total,15-19,1\n", 1, "medicine", "The header has no medicine column")]
    [InlineData("indicator,area,period,sex,age,medicine,value\nSOS_ADHD_MEDICATION_PATIENTS,00,2024,total,20-24,N06BA04,1\n", 2, "age", "'20-24' is not a code of age (0-4, 5-9, 10-14, 15-19)")]
    [InlineData("indicator,area,period,sex,age,medicine,value\nSOS_ADHD_MEDICATION_PATIENTS,00,2024,total,15-19,,1\n", 2, "medicine", "Missing")]
    [InlineData("indicator,area,period,sex,age,medicine,value\nSOS_ADHD_MEDICATION_PATIENTS,00,2024,total,15-19,N06BA04,1\nSOS_ADHD_MEDICATION_PATIENTS,00,2024,total,15-19,N06BA04,2\n",
        3, "period", "A second value for SOS_ADHD_MEDICATION_PATIENTS, 00, 2024, total, 15-19, N06BA04")]
    public async Task ADimensionColumnOrCodeThatIsWrongIsReportedByRowAndColumnAndNothingIsWritten(string body, int row, string column, string message)
    {
        var response = await PutCsvAsync(body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = problem.GetProperty("errors")[0];
        Assert.Equal((row, column), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(25_080, await _factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == Adhd)));
    }

    private static DatasetMetadataRequest NewDataset(params DimensionRequest[] dimensions) => new(
        "Testdataset", null, null, null, "nasp", null, null, null, null, null, null, "HEAL", null, null, "00", null, null,
        ["opendata-reference-sources"], [new IndicatorRequest("X", "Ett mått", null, "antal", null, null, null, null)], [.. dimensions]);

    private static readonly DimensionRequest Age = new("age", "Åldersgrupp", "Age group", "all",
        [new("young", "Unga", "Young"), new("old", "Äldre", "Old"), new("all", "Alla", "All")]);

    [Fact]
    public async Task APublisherDeclaresDimensionsThenUploadsAndFiltersByThem()
    {
        var created = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age));
        var filled = await PutCsvTo("test-dimensions", "indicator,area,period,age,value\nX,00,2024,young,1\nX,00,2024,old,2\nX,00,2024,all,3\n");
        var old = await _client.GetFromJsonAsync<Page<ObservationResponse>>("/api/v1/datasets/test-dimensions/observations?age=old", ApiJson.Options);
        var dataset = await _client.GetFromJsonAsync<DatasetResponse>("/api/v1/datasets/test-dimensions?lang=en", ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        Assert.Equal(2, Assert.Single(old!.Items).Value);
        var age = dataset!.Dimensions.Single(d => d.Code == "age");
        Assert.Equal(("Age group", "all", "young,old,all"), (age.Name, age.TotalCode, string.Join(",", age.Codes!.Select(c => c.Code))));
    }

    [Fact]
    public async Task WhileThereAreObservationsTheDimensionsStayButLabelsAndNewCodesMayChange()
    {
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age));
        await PutCsvTo("test-dimensions", "indicator,area,period,age,value\nX,00,2024,young,1\nX,00,2024,old,2\n");
        var relabelled = Age with { NameSv = "Ålder", Codes = [.. Age.Codes!, new("middle", "Medel", "Middle")] };

        var dropped = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset());
        var dropsUsedCode = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age with { Codes = [Age.Codes![0], Age.Codes[2]], TotalCode = null }));
        var added = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(relabelled));
        var omitted = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset() with { Dimensions = null });

        Assert.Equal(HttpStatusCode.Conflict, dropped.StatusCode);
        Assert.Contains("allowEmpty", (await dropped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, dropsUsedCode.StatusCode);
        Assert.Contains("old of age", (await dropsUsedCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, omitted.StatusCode);
        var age = (await omitted.Content.ReadFromJsonAsync<DatasetResponse>(ApiJson.Options))!.Dimensions.Single(d => d.Code == "age");
        Assert.Equal(("Ålder", "young,old,all,middle"), (age.Name, string.Join(",", age.Codes!.Select(c => c.Code))));
        Assert.Equal(2, (await _client.GetFromJsonAsync<Page<ObservationResponse>>("/api/v1/datasets/test-dimensions/observations", ApiJson.Options))!.TotalCount);
    }

    [Fact]
    public async Task ACodeOrIndicatorAddedToADatasetCanBeFilteredByOnTheVeryNextRequest()
    {
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age));
        await PutCsvTo("test-dimensions", "indicator,area,period,age,value\nX,00,2024,young,1\n");
        var unknownCode = await _client.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");
        var unknownIndicator = await _client.GetAsync("/api/v1/datasets/test-dimensions/observations?indicator=Y");
        var widened = NewDataset(Age with { Codes = [.. Age.Codes!, new("middle", "Medel", "Middle")] }) is var request
            ? request with { Indicators = [.. request.Indicators!, new IndicatorRequest("Y", "Ett annat mått", null, "antal", null, null, null, null)] }
            : null;

        var updated = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", widened);
        var knownCode = await _client.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");
        var knownIndicator = await _client.GetAsync("/api/v1/datasets/test-dimensions/observations?indicator=Y");

        Assert.Equal(HttpStatusCode.BadRequest, unknownCode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownIndicator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, knownCode.StatusCode);
        Assert.Empty((await knownCode.Content.ReadFromJsonAsync<Page<ObservationResponse>>(ApiJson.Options))!.Items);
        Assert.Equal(HttpStatusCode.OK, knownIndicator.StatusCode);
    }

    [Fact]
    public async Task ACodeAddedThroughAnotherInstanceCanBeFilteredByAfterTheChangePoll()
    {
        await using var other = _factory.WithWebHostBuilder(b => b.UseSetting("Http:DataChangePollSeconds", "0.2"));
        using var reader = other.CreateClient();
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age));
        var before = await reader.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");

        await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age with { Codes = [.. Age.Codes!, new("middle", "Medel", "Middle")] }));
        await Task.Delay(1_000);
        var after = await reader.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task ACodeAddedThroughAnotherInstanceIsSeenWithinAMinuteWithoutThePoll()
    {
        var clock = new MovableTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new OpenDataApiFactory(clock: clock);
        try
        {
            using var writer = factory.CreateClient();
            writer.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.OperatorKey);
            // Another instance on the same database; the tests' poll interval is an hour, so only the kept entries' age tells it.
            await using var other = factory.WithWebHostBuilder(_ => { });
            using var reader = other.CreateClient();
            await writer.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age));
            var before = await reader.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");

            await writer.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age with { Codes = [.. Age.Codes!, new("middle", "Medel", "Middle")] }));
            var withinTheMinute = await reader.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");
            clock.Advance(DatasetDimensionsCache.MaxAge);
            var afterIt = await reader.GetAsync("/api/v1/datasets/test-dimensions/observations?age=middle");

            Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, withinTheMinute.StatusCode);
            Assert.Equal(HttpStatusCode.OK, afterIt.StatusCode);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("period", "dimensions[0].code")]
    [InlineData("Age", "dimensions[0].code")]
    [InlineData("age,group", "dimensions[0].code")]
    public async Task ADimensionCodeTheApiCannotTakeIsRejected(string code, string field)
    {
        var response = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(Age with { Code = code }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task BadDimensionsAreRejectedByField()
    {
        var response = await _client.PutAsJsonAsync("/api/v1/datasets/test-dimensions", NewDataset(
            Age with { TotalCode = "everyone" },
            new DimensionRequest("drug", null, null, null, [new("a,b", "A", null), new("c", "C", null), new("c", "C igen", null)]),
            new DimensionRequest("x1", "X", null, null, []), Age, Age with { Code = "y" }));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "dimensions", "dimensions[0].totalCode", "dimensions[1].nameSv", "dimensions[1].codes[0].code", "dimensions[1].codes", "dimensions[2].codes" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/test-dimensions")).StatusCode);
    }

    private Task<HttpResponseMessage> PutCsvTo(string dataset, string body) =>
        _client.PutAsync($"/api/v1/datasets/{dataset}/observations", new StringContent(body, Encoding.UTF8, "text/csv"));
}
