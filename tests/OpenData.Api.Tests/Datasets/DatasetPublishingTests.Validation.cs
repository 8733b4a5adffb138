using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Datasets;
using OpenData.Api.Datasets.Importing;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>Bad input is a 400 naming the field, never a server error and never a partial write.</summary>
public sealed partial class DatasetPublishingTests
{
    private static readonly IndicatorRequest AnIndicator = NewDataset.Indicators![0];

    /// <summary>Metadata that breaks one rule, by the field the error must name and a description of the case.</summary>
    private static readonly Dictionary<string, (string Field, DatasetMetadataRequest Body)> BadMetadata = new()
    {
        ["null indicator"] = ("indicators[0]", NewDataset with { Indicators = [null!] }),
        ["null source"] = ("sources[1]", NewDataset with { Sources = ["opendata-reference-sources", null!] }),
        ["null Swedish keyword"] = ("keywordsSv[0]", NewDataset with { KeywordsSv = [null!] }),
        ["null English keyword"] = ("keywordsEn[1]", NewDataset with { KeywordsEn = ["ok", null!] }),
        ["temporalFrom not a period"] = ("temporalFrom", NewDataset with { TemporalFrom = "yesterday" }),
        ["temporalTo not a month"] = ("temporalTo", NewDataset with { TemporalTo = "2024-13" }),
        ["temporalFrom after temporalTo"] = ("temporalFrom", NewDataset with { TemporalFrom = "2024", TemporalTo = "2019" }),
        ["quarter after month"] = ("temporalFrom", NewDataset with { TemporalFrom = "2019-Q2", TemporalTo = "2019-03" }),
        ["long title"] = ("titleSv", NewDataset with { TitleSv = new string('x', 301) }),
        ["long English title"] = ("titleEn", NewDataset with { TitleEn = new string('x', 301) }),
        ["long description"] = ("descriptionSv", NewDataset with { DescriptionSv = new string('x', 10_001) }),
        ["long licence note"] = ("licenceNoteEn", NewDataset with { LicenceNoteEn = new string('x', 2_001) }),
        ["long keyword"] = ("keywordsSv[0]", NewDataset with { KeywordsSv = [new string('x', 101)] }),
        ["too many keywords"] = ("keywordsEn", NewDataset with { KeywordsEn = [.. Enumerable.Range(0, 51).Select(i => $"k{i}")] }),
        ["theme not an EU theme"] = ("theme", NewDataset with { Theme = new string('H', 50_000) }),
        ["theme in words"] = ("theme", NewDataset with { Theme = "Health" }),
        ["frequency in words"] = ("updateFrequency", NewDataset with { UpdateFrequency = "every year" }),
        ["code with a comma"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = "A,B" }] }),
        ["code with a space"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = "A B" }] }),
        ["code with a path"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = "../x" }] }),
        ["code with two dots"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = "a..b" }] }),
        ["code with a line feed"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = "X\n" }] }),
        ["period with a line feed"] = ("temporalTo", NewDataset with { TemporalTo = "2024\n" }),
        ["long code"] = ("indicators[0].code", NewDataset with { Indicators = [AnIndicator with { Code = new string('A', 101) }] }),
        ["long indicator name"] = ("indicators[0].nameSv", NewDataset with { Indicators = [AnIndicator with { NameSv = new string('x', 301) }] }),
        ["long unit"] = ("indicators[0].unitEn", NewDataset with { Indicators = [AnIndicator with { UnitEn = new string('x', 301) }] }),
        ["long definition"] = ("indicators[0].definitionSv", NewDataset with { Indicators = [AnIndicator with { DefinitionSv = new string('x', 5_001) }] }),
        ["NUL in the title"] = ("titleSv", NewDataset with { TitleSv = "Titel\0" }),
        ["escape in the description"] = ("descriptionEn", NewDataset with { DescriptionEn = "Text \u001b[31m" }),
        ["U+FFFE in the licence note"] = ("licenceNoteSv", NewDataset with { LicenceNoteSv = "Not \ufffe" }),
        ["vertical tab in a keyword"] = ("keywordsSv[0]", NewDataset with { KeywordsSv = ["a\vb"] }),
        ["form feed in an indicator name"] = ("indicators[0].nameEn", NewDataset with { Indicators = [AnIndicator with { NameEn = "Name\f" }] }),
    };

    public static TheoryData<string> BadMetadataCases => [.. BadMetadata.Keys];

    [Theory]
    [MemberData(nameof(BadMetadataCases))]
    public async Task MetadataBreakingARuleIsRejectedNamingTheFieldAndNothingIsWritten(string rule)
    {
        var (field, body) = BadMetadata[rule];

        var response = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", body);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem!.Errors.ContainsKey(field), $"{field} not among {string.Join(", ", problem.Errors.Keys)}");
        Assert.Contains(field, problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/test-dataset")).StatusCode);
    }

    [Fact]
    public async Task MetadataWithinEveryLimitIsAccepted()
    {
        var body = NewDataset with
        {
            TitleSv = new string('x', 300), DescriptionSv = "Rad ett\r\n\tRad två 😀", KeywordsSv = [.. Enumerable.Range(0, 50).Select(i => new string('k', 100))],
            Theme = "HEAL", UpdateFrequency = "ANNUAL_2", TemporalFrom = "2019-Q2", TemporalTo = "2019-04",
            Indicators = [AnIndicator with { Code = "Ab_1-2.3", DefinitionSv = new string('d', 5_000) }],
        };

        var response = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Ab_1-2.3", (await response.Content.ReadFromJsonAsync<DatasetResponse>())!.Indicators.Single().Code);
    }

    [Fact]
    public async Task TextXmlCannotCarryNeverReachesTheCatalogue()
    {
        var rejected = await _client.PutAsJsonAsync($"/api/v1/datasets/{Nasp}", MetadataOf(Nasp) with { TitleSv = "Självmord\0" });
        using var rdf = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog") { Headers = { { "Accept", "application/rdf+xml" } } };
        var catalogue = await _client.SendAsync(rdf);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
        Assert.DoesNotContain("Självmord\0", await catalogue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoneSurrogateIsRejectedNamingTheField()
    {
        // JSON can escape half a surrogate pair, which no serializer writes: the body is made by hand.
        var json = JsonSerializer.Serialize(NewDataset with { Indicators = [AnIndicator with { DefinitionEn = "LONE" }] }, JsonSerializerOptions.Web)
            .Replace("LONE", "x\\ud800y", StringComparison.Ordinal);

        var response = await _client.PutAsync("/api/v1/datasets/test-dataset", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["indicators[0].definitionEn"], problem!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/test-dataset")).StatusCode);
    }

    [Fact]
    public async Task AMisspeltMetadataPropertyIsRejectedByNameRatherThanDropped()
    {
        // licenseId, spelt the American way, dropped in silence would leave the dataset without its licence.
        var json = JsonSerializer.Serialize(NewDataset, JsonSerializerOptions.Web).Replace("\"licenceId\"", "\"licenseId\"", StringComparison.Ordinal);

        var response = await _client.PutAsync("/api/v1/datasets/test-dataset", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();

        Assert.Contains("\"licenseId\"", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["licenseId"], problem!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/test-dataset")).StatusCode);
    }

    [Fact]
    public async Task AMetadataValueOfTheWrongTypeIsNamedAsSuch()
    {
        var json = JsonSerializer.Serialize(NewDataset, JsonSerializerOptions.Web).Replace("\"titleSv\":\"", "\"titleSv\":5,\"x\":\"", StringComparison.Ordinal);

        var response = await _client.PutAsync("/api/v1/datasets/test-dataset", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(problem!.Errors["titleSv"]);
        Assert.Contains("type", message, StringComparison.Ordinal);
        Assert.DoesNotContain("surrogate", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvUploadThatIsNotUtf8IsRejectedAndNothingIsWritten()
    {
        // As Swedish Excel's plain "CSV" saves it: Windows-1252, ä as the byte E4.
        var body = Encoding.Latin1.GetBytes("indicator;area;period;value;note\nNASP_SUICIDE_RATE_15PLUS;00;2022;18;Mätt i Göteborg\n");

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations",
            new ByteArrayContent(body) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") } });
        var problem = await response.Content.ReadFromJsonAsync<InvalidObservationsProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", Assert.Single(problem!.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task ACsvColumnNamedTwiceIsRejectedRatherThanOneOfItsFieldsDropped()
    {
        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations",
            Csv("indicator,area,period,value,value\nNASP_SUICIDE_RATE_15PLUS,00,2022,1,2\n"));
        var problem = await response.Content.ReadFromJsonAsync<InvalidObservationsProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([(1, "value")], problem!.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task IfNoneMatchAnyCreatesADatasetOnlyOnceAndIfMatchAnyNeverCreatesOne()
    {
        using var createOnly = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/test-dataset") { Content = JsonContent.Create(NewDataset) };
        createOnly.Headers.IfNoneMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        using var createOnlyAgain = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/test-dataset") { Content = JsonContent.Create(NewDataset with { TitleSv = "Ersatt" }) };
        createOnlyAgain.Headers.IfNoneMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        using var replaceOnly = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/other-dataset") { Content = JsonContent.Create(NewDataset) };
        replaceOnly.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);

        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(createOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _client.SendAsync(createOnlyAgain)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _client.SendAsync(replaceOnly)).StatusCode);
        Assert.Equal(NewDataset.TitleSv, (await _client.GetJsonAsync("/api/v1/datasets/test-dataset")).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/other-dataset")).StatusCode);
    }

    [Fact]
    public async Task TheETagOfTheEnglishAnswerNamesTheSameVersionInIfMatch()
    {
        await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset);
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/test-dataset");
        read.Headers.AcceptLanguage.ParseAdd("en");
        var english = (await _client.SendAsync(read)).Headers.ETag!;
        using var write = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/test-dataset") { Content = JsonContent.Create(NewDataset with { TitleSv = "Nytt namn" }) };
        write.Headers.IfMatch.Add(english);
        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/datasets/test-dataset") { Content = JsonContent.Create(NewDataset) };
        stale.Headers.IfMatch.Add(english);

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(write)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task AMisspeltPropertyInAJsonUploadIsRejectedWithItsRowRatherThanDropped()
    {
        // note_en is the CSV column; in JSON the property is noteEn. Dropped in silence, the note would be lost.
        const string json = """
            [{"indicator":"NASP_SUICIDE_RATE_15PLUS","area":"00","period":"2022","value":18,"areaName":"Sverige"},
             {"indicator":"NASP_SUICIDE_RATE_15PLUS","area":"01","period":"2022","value":14,"note_en":"Provisional"}]
            """;

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<InvalidObservationsProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([(2, "note_en")], problem!.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("noteEn", problem.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task ALoneSurrogateInAJsonNoteIsRejectedWithItsRow()
    {
        const string json = """[{"indicator":"NASP_SUICIDE_RATE_15PLUS","area":"00","period":"2022","value":18,"note":"x\ud800y"}]""";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<InvalidObservationsProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((1, "note"), (problem!.Errors[0].Row, problem.Errors[0].Column));
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Theory]
    [InlineData("note", "Not\u0001", null)]
    [InlineData("note_en", null, "Note\ufffe")]
    public async Task ANoteXmlCannotCarryIsRejectedWithItsRowAndColumn(string column, string? note, string? noteEn)
    {
        var body = "indicator,area,period,sex,value,status,note,note_en\n"
                   + "NASP_SUICIDE_RATE_15PLUS,00,2022,total,18.0,published,,\n"
                   + $"NASP_SUICIDE_RATE_15PLUS,01,2022,total,14.0,published,{note},{noteEn}\n";

        var response = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(body));
        var problem = await response.Content.ReadFromJsonAsync<InvalidObservationsProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new[] { new ImportError(3, column, problem!.Errors[0].Message) }, problem.Errors);
        Assert.Contains("XML cannot carry", problem.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Theory]
    [InlineData("text/csv", "indicator,area,period,value\n")]
    [InlineData("application/json", "[]")]
    public async Task EmptyingADatasetNeedsAllowEmpty(string mediaType, string body)
    {
        var refused = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent(body, Encoding.UTF8, mediaType));
        var problem = await refused.Content.ReadFromJsonAsync<InvalidObservationsProblem>();
        var count = await _factory.QueryAsync(db => db.Observations.CountAsync(o => o.DatasetId == Nasp));
        var allowed = await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations?allowEmpty=true", new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("allowEmpty=true", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(374, count);
        Assert.True(HttpStatusCode.OK == allowed.StatusCode, await allowed.Content.ReadAsStringAsync());
        Assert.Equal(new ObservationWriteResponse(Nasp, 2, 0, 0, 0, 374), await allowed.Content.ReadFromJsonAsync<ObservationWriteResponse>());
    }

    /// <summary>The 400 answer to an upload: problem details with every error by row and column.</summary>
    private sealed class InvalidObservationsProblem : ProblemDetails
    {
        public List<ImportError> Errors { get; set; } = [];
    }
}
