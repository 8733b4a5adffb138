using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Datasets;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// Text a spreadsheet would run as a formula goes out of a CSV download guarded by an apostrophe, in both variants, and an
/// upload of that download takes the apostrophe off again: export, import, export gives the same bytes and the same data.
/// </summary>
public sealed class SpreadsheetFormulaTests : IAsyncLifetime
{
    private const string Dataset = "formula-test";
    private readonly OpenDataApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    public async Task UploadedNotesThatBeginAFormulaAreGuardedInBothCsvVariantsAndSurviveExportAndImport(string trigger)
    {
        var notes = new Notes($"{trigger}SUM(1+1)*cmd|' /C calc'!A0", $"{trigger}HYPERLINK(http://example.org)", "vanlig", null);
        await CreateDatasetAsync(trigger);

        var upload = await _client.PutAsync($"/api/v1/datasets/{Dataset}/observations", Csv(
            "indicator,area,period,sex,value,status,note,note_en\n"
            + $"X,00,2024,total,-3.5,published,\"{notes.Sweden}\",\"{notes.SwedenEn}\"\n"
            + $"X,01,2024,total,2,published,{notes.Stockholm},\n"));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        await AssertGuardedAndUnchangedThroughExportAndImportAsync(trigger, notes);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    [InlineData("\t")]
    [InlineData("\r")]
    public async Task StoredTextThatBeginsAFormulaEvenAfterAnApostropheOfItsOwnSurvivesExportAndImport(string trigger)
    {
        // An upload trims the whitespace around a field, so a note that begins with a tab or CR comes only from data stored before.
        var notes = new Notes($"{trigger}SUM(1+1)", $"{trigger}cmd|' /C calc'!A0", $"'{trigger}redan skyddad", null);
        await CreateDatasetAsync(trigger);
        await _client.PutAsync($"/api/v1/datasets/{Dataset}/observations", Csv("indicator,area,period,value\nX,00,2024,-3.5\nX,01,2024,2\n"));
        await _factory.QueryAsync(async db =>
        {
            await db.Observations.Where(o => o.DatasetId == Dataset && o.AreaCode == "00")
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NoteSv, notes.Sweden).SetProperty(o => o.NoteEn, notes.SwedenEn));
            return await db.Observations.Where(o => o.DatasetId == Dataset && o.AreaCode == "01")
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NoteSv, notes.Stockholm).SetProperty(o => o.NoteEn, notes.StockholmEn));
        });

        await AssertGuardedAndUnchangedThroughExportAndImportAsync(trigger, notes);
    }

    /// <summary>The notes of the two observations: Sweden (-3.5) and Stockholm County (2), in Swedish and English.</summary>
    private sealed record Notes(string Sweden, string SwedenEn, string Stockholm, string? StockholmEn);

    private async Task AssertGuardedAndUnchangedThroughExportAndImportAsync(string trigger, Notes notes)
    {
        foreach (var (variant, delimiter, negative) in new[] { ("rfc4180", ",", "-3.5"), ("excel", ";", "-3,5") })
        {
            var url = $"/api/v1/datasets/{Dataset}/data.csv?lang=sv&variant={variant}";
            var exported = await _client.GetByteArrayAsync(url);
            var text = Encoding.UTF8.GetString(exported).TrimStart('\uFEFF');
            // The Excel variant writes area codes as ="00", which Excel shows as 00 rather than the number 0.
            var rows = CsvText.Rows(text, delimiter).Skip(1).ToDictionary(row => variant == "excel" && row[3] is ['=', '"', .. var code, '"'] ? code : row[3]);

            Assert.Equal(($"'{trigger}Antal", $"'{trigger}kr"), (rows["00"][1], rows["00"][2]));
            Assert.Equal((negative, $"'{notes.Sweden}", $"'{notes.SwedenEn}"), (rows["00"][8], rows["00"][10], rows["00"][11]));
            Assert.Contains($"{delimiter}{negative}{delimiter}", text, StringComparison.Ordinal);
            foreach (var guarded in new[] { notes.Sweden, notes.SwedenEn, $"{trigger}Antal", $"{trigger}kr" })
            {
                Assert.Contains($"\"'{guarded}\"", text, StringComparison.Ordinal);
            }
            var stockholm = notes.Stockholm.StartsWith('\'') ? $"'{notes.Stockholm}" : notes.Stockholm;
            Assert.Equal((stockholm, ""), (rows["01"][10], rows["01"][11]));

            var upload = await _client.PutAsync($"/api/v1/datasets/{Dataset}/observations",
                new ByteArrayContent(exported) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
            var written = await upload.Content.ReadFromJsonAsync<ObservationWriteResponse>(ApiJson.Options);

            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
            Assert.Equal((2, 0, 0, 0), (written!.Rows, written.RowsAdded, written.RowsChanged, written.RowsRemoved));
            Assert.Equal(exported, await _client.GetByteArrayAsync(url));
        }
        Assert.Equal([("00", notes.Sweden), ("01", notes.Stockholm)], await StoredNotesAsync("sv"));
        Assert.Equal([("00", notes.SwedenEn), ("01", notes.StockholmEn ?? notes.Stockholm)], await StoredNotesAsync("en"));
    }

    private async Task CreateDatasetAsync(string trigger)
    {
        var response = await _client.PutAsJsonAsync($"/api/v1/datasets/{Dataset}", new
        {
            titleSv = "Formler", sources = new[] { "opendata-reference-sources" },
            indicators = new[] { new { code = "X", nameSv = $"{trigger}Antal", unitSv = $"{trigger}kr" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<(string Area, string Note)[]> StoredNotesAsync(string language)
    {
        var page = await _client.GetFromJsonAsync<Page<ObservationResponse>>($"/api/v1/datasets/{Dataset}/observations?lang={language}", ApiJson.Options);
        return [.. page!.Items.OrderBy(o => o.Area.Code, StringComparer.Ordinal).Select(o => (o.Area.Code, o.Note ?? "(none)"))];
    }

    private static StringContent Csv(string body) => new(body, Encoding.UTF8, "text/csv");
}
