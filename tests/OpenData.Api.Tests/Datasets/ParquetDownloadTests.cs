using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenData.Api.Data;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;
using Parquet;
using Parquet.Serialization;
using Parquet.Serialization.Attributes;

namespace OpenData.Api.Tests.Datasets;

[Collection(SeededApiCollection.Name)]
public sealed class ParquetDownloadTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task ParquetHoldsTheSameRowsAsTheJsonDownloadWithTheValueAsANumber()
    {
        var response = await Client.GetAsync("/api/v1/datasets/scb-folkmangd/data?format=parquet&areaUnder=01");
        var json = JsonDocument.Parse(await Client.GetStringAsync("/api/v1/datasets/scb-folkmangd/data?format=json&areaUnder=01")).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ParquetDownload.MediaType, response.Content.Headers.ContentType?.MediaType);
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetRow>(new MemoryStream(await response.Content.ReadAsByteArrayAsync()))).Data;
        Assert.Equal(json.GetArrayLength(), rows.Count);
        Assert.Equal(26, rows.Count);
        foreach (var (row, expected) in rows.Zip(json.EnumerateArray()))
        {
            Assert.Equal(expected.GetProperty("indicator").GetString(), row.Indicator);
            Assert.Equal(expected.GetProperty("indicatorName").GetString(), row.IndicatorName);
            Assert.Equal(expected.GetProperty("unit").GetString(), row.Unit);
            Assert.Equal(expected.GetProperty("areaCode").GetString(), row.AreaCode);
            Assert.Equal(expected.GetProperty("areaName").GetString(), row.AreaName);
            Assert.Equal(expected.GetProperty("period").GetString(), row.Period);
            Assert.Equal(expected.GetProperty("sex").GetString(), row.Sex);
            Assert.Equal(expected.GetProperty("sexName").GetString(), row.SexName);
            Assert.Equal(expected.GetProperty("value").GetDouble(), row.Value);
            Assert.Equal(expected.GetProperty("status").GetString(), row.Status);
            Assert.Equal(expected.GetProperty("note").GetString(), row.Note);
            Assert.Equal(expected.GetProperty("noteEn").GetString(), row.NoteEn);
            Assert.Equal(expected.GetProperty("source").GetString(), row.Source);
        }
        Assert.Contains(rows, r => r.AreaName == "Österåker" && r.Value == 49_787);
    }

    [Fact]
    public async Task ParquetNamesTheDatasetItsRevisionLicenceAndSourcesInItsMetadata()
    {
        var dataset = JsonDocument.Parse(await Client.GetStringAsync("/api/v1/datasets/scb-folkmangd")).RootElement;
        using var file = new MemoryStream(await Client.GetByteArrayAsync("/api/v1/datasets/scb-folkmangd/data?format=parquet&area=00"));

        var metadata = (await ParquetSerializer.DeserializeAsync<ParquetRow>(file)).CustomMetadata;

        Assert.Equal("scb-folkmangd", metadata["dataset"]);
        Assert.Equal(dataset.GetProperty("title").GetString(), metadata["title"]);
        Assert.Equal(dataset.GetProperty("revision").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), metadata["revision"]);
        Assert.Equal("CC0-1.0", metadata["licence"]);
        Assert.Equal(dataset.GetProperty("publisher").GetProperty("name").GetString(), metadata["publisher"]);
        Assert.All(dataset.GetProperty("sources").EnumerateArray(), source => Assert.Contains(source.GetProperty("title").GetString()!, metadata["sources"]));
    }

    [Fact]
    public async Task AnEmptySelectionIsAParquetFileWithTheColumnsAndNoRows()
    {
        using var file = new MemoryStream(await Client.GetByteArrayAsync("/api/v1/datasets/scb-folkmangd/data?format=parquet&period=1900"));

        await using var reader = await ParquetReader.CreateAsync(file);

        Assert.Equal(["indicator", "indicator_name", "unit", "area_code", "area_name", "period", "sex", "sex_name", "value", "status", "note", "note_en", "source"],
            reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(0, Enumerable.Range(0, reader.RowGroupCount).Sum(g => reader.OpenRowGroupReader(g).RowCount));
    }

    [Theory]
    [InlineData("/api/v1/datasets/scb-folkmangd/data?format=parquet", "scb-folkmangd-r1.parquet")]
    [InlineData("/api/v1/datasets/scb-folkmangd/data?format=parquet&area=01&lang=en", "scb-folkmangd-r1-area-01-en.parquet")]
    public async Task AParquetFileIsNamedForItsSelection(string url, string fileName)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task AcceptingParquetGetsParquet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/datasets/scb-folkmangd/data?area=00");
        request.Headers.Accept.ParseAdd(ParquetDownload.MediaType);

        var response = await Client.SendAsync(request);

        Assert.Equal(ParquetDownload.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PAR1"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    /// <summary>One row of the Parquet download, as pandas or DuckDB would read it.</summary>
    public sealed class ParquetRow
    {
        [ParquetRequired, JsonPropertyName("indicator")] public string Indicator { get; set; } = "";
        [ParquetRequired, JsonPropertyName("indicator_name")] public string IndicatorName { get; set; } = "";
        [ParquetRequired, JsonPropertyName("unit")] public string Unit { get; set; } = "";
        [ParquetRequired, JsonPropertyName("area_code")] public string AreaCode { get; set; } = "";
        [ParquetRequired, JsonPropertyName("area_name")] public string AreaName { get; set; } = "";
        [ParquetRequired, JsonPropertyName("period")] public string Period { get; set; } = "";
        [ParquetRequired, JsonPropertyName("sex")] public string Sex { get; set; } = "";
        [ParquetRequired, JsonPropertyName("sex_name")] public string SexName { get; set; } = "";
        [JsonPropertyName("value")] public double? Value { get; set; }
        [ParquetRequired, JsonPropertyName("status")] public string Status { get; set; } = "";
        [JsonPropertyName("note")] public string? Note { get; set; }
        [JsonPropertyName("note_en")] public string? NoteEn { get; set; }
        [ParquetRequired, JsonPropertyName("source")] public string Source { get; set; } = "";
    }
}

/// <summary>The writer on its own: row groups, missing values, and a download that fails half-way.</summary>
public sealed class ParquetWriterTests
{
    private static readonly DownloadDataset Dataset = new("synthetic", "Synthetic", 3, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DatasetLicence(null, null, null), null, [new("src", "A source", null)],
        new Dictionary<string, (string Name, string Unit)> { ["I"] = ("Indikator", "antal") }, DatasetDimensions.None,
        Enum.GetValues<Sex>().ToDictionary(s => s, s => DatasetDimensions.SexLabel(s, Api.Infrastructure.Language.Sv)),
        Enumerable.Range(0, 290).ToDictionary(i => $"{i:D4}", _ => "Område"));

    private static async IAsyncEnumerable<DownloadRow> Rows(int count, int? failAt = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new IOException("The database went away.");
            }
            var suppressed = i % 1000 == 7;
            yield return new DownloadRow("I", $"{i % 290:D4}", (2000 + i / 290).ToString(System.Globalization.CultureInfo.InvariantCulture), Sex.Female,
                suppressed ? null : i / 2.0, suppressed ? ObservationStatus.Suppressed : ObservationStatus.Published, suppressed ? "Färre än tre" : null, null, "src", "", "", "", "");
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ALargeSelectionIsWrittenInRowGroupsWithEveryRowAndMissingValuesAsNull()
    {
        var rowCount = ParquetDownload.RowGroupSize * 2 + 123;
        using var file = new MemoryStream();

        await ParquetDownload.WriteAsync(file, Dataset, Rows(rowCount), CancellationToken.None);

        file.Position = 0;
        await using (var reader = await ParquetReader.CreateAsync(file, leaveStreamOpen: true))
        {
            Assert.Equal(3, reader.RowGroupCount);
        }
        file.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetDownloadTests.ParquetRow>(file)).Data;
        Assert.Equal(rowCount, rows.Count);
        Assert.Equal(rowCount / 2.0 - 0.5, rows[^1].Value);
        Assert.Null(rows[7].Value);
        Assert.Equal("suppressed", rows[7].Status);
        Assert.Equal("Färre än tre", rows[7].Note);
        Assert.Equal(("Indikator", "antal", "female", "Kvinnor"), (rows[0].IndicatorName, rows[0].Unit, rows[0].Sex, rows[0].SexName));
    }

    [Fact]
    public async Task ADownloadThatFailsHalfWayIsNotAReadableFile()
    {
        using var file = new MemoryStream();

        await Assert.ThrowsAsync<IOException>(() => ParquetDownload.WriteAsync(file, Dataset, Rows(ParquetDownload.RowGroupSize + 10, failAt: ParquetDownload.RowGroupSize + 5), CancellationToken.None));

        // A Parquet file ends with its footer and "PAR1"; without them no reader takes it for whole.
        Assert.NotEqual("PAR1", Encoding.ASCII.GetString(file.ToArray()[^4..]));
        file.Position = 0;
        await Assert.ThrowsAnyAsync<Exception>(async () => await ParquetReader.CreateAsync(file));
    }
}
