using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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
        var changed = csv.Replace(",2024,total,15-19,15–19 år,N06BA04,Metylfenidat,49.44,", ",2024,total,15-19,15–19 år,N06BA04,Metylfenidat,50.5,", StringComparison.Ordinal);

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
}
