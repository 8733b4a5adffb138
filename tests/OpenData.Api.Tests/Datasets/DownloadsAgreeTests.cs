using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Datasets;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Infrastructure;
using Parquet;

namespace OpenData.Api.Tests.Datasets;

/// <summary>
/// The downloads agree with the dataset and with each other, as a user of the ADHD dataset found they did not: every format
/// says how to cite the figures as the dataset does, GeoJSON's properties are the CSV's columns, and sex comes in its declared
/// order with a label, as the other dimensions do.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class DownloadsAgreeTests(SeededApi api)
{
    private const string Adhd = "sos-adhd-lakemedel-lan";

    /// <summary>Sweden, 2024, methylphenidate at 15-19: one figure for each sex.</summary>
    private const string OneFigurePerSex = "area=00&period=2024&age=15-19&medicine=N06BA04";

    private HttpClient Client => api.Client;

    private async Task<DatasetResponse> DatasetAsync(string id, string lang) =>
        (await Client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{id}?lang={lang}", ApiJson.Options))!;

    private async Task<List<string[]>> CsvAsync(string query, string delimiter = ",") =>
        CsvText.Rows((await Client.GetStringAsync($"/api/v1/datasets/{Adhd}/data?format=csv&{query}")).TrimStart('\uFEFF'), delimiter);

    private sealed record ParquetFile(IReadOnlyDictionary<string, string> Metadata, IReadOnlyDictionary<string, string?[]> TextColumns);

    private async Task<ParquetFile> ParquetAsync(string id, string query)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(await Client.GetByteArrayAsync($"/api/v1/datasets/{id}/data?format=parquet&{query}")));
        using var group = reader.OpenRowGroupReader(0);
        var columns = new Dictionary<string, string?[]>();
        // Every column but the value is text.
        foreach (var field in reader.Schema.DataFields.Where(f => f.Name != "value"))
        {
            var values = new string?[group.RowCount];
            await group.ReadAsync(field, values.AsMemory());
            columns[field.Name] = values;
        }
        return new ParquetFile(reader.CustomMetadata, columns);
    }

    [Theory]
    [InlineData("sv", "Ange källan som ”Källa: Socialstyrelsen, Statistikdatabasen för läkemedel”")]
    [InlineData("en", "Cite \"Källa: Socialstyrelsen, Statistikdatabasen för läkemedel\"")]
    public async Task EveryDownloadSaysHowToCiteAFigureWithoutALicenceInTheAnswersLanguage(string lang, string citation)
    {
        var licence = (await DatasetAsync(Adhd, lang)).Licence;
        var cube = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=jsonstat&{OneFigurePerSex}&lang={lang}");
        var map = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=geojson&{OneFigurePerSex}&lang={lang}");
        var parquet = await ParquetAsync(Adhd, $"{OneFigurePerSex}&lang={lang}");

        Assert.Equal((null, null), (licence.Id, licence.Uri));
        Assert.Contains(citation, licence.Note, StringComparison.Ordinal);
        var inCube = cube.GetProperty("extension").GetProperty("licence");
        Assert.Equal(licence, new DatasetLicence(inCube.GetProperty("id").GetString(), inCube.GetProperty("uri").GetString(), inCube.GetProperty("note").GetString()));
        Assert.Equal(licence, new DatasetLicence(map.GetProperty("licence").GetString(), map.GetProperty("licence_uri").GetString(), map.GetProperty("licence_note").GetString()));
        Assert.Equal(licence.Note, parquet.Metadata["licence_note"]);
        // A licence the publisher does not state is left out of the file, as before.
        Assert.False(parquet.Metadata.ContainsKey("licence"));
    }

    [Fact]
    public async Task ADatasetWithALicenceHasItsIdUriAndNoteInEveryDownload()
    {
        var licence = (await DatasetAsync("scb-folkmangd", "en")).Licence;
        var cube = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/data?format=jsonstat&area=00&lang=en");
        var map = await Client.GetJsonAsync("/api/v1/datasets/scb-folkmangd/data?format=geojson&area=00&lang=en");
        var parquet = await ParquetAsync("scb-folkmangd", "area=00&lang=en");

        Assert.Equal(new DatasetLicence("CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/", "Statistics Sweden open data (CC0)."), licence);
        Assert.Equal("Statistics Sweden open data (CC0).", cube.GetProperty("extension").GetProperty("licence").GetProperty("note").GetString());
        Assert.Equal((licence.Uri, licence.Note), (map.GetProperty("licence_uri").GetString(), map.GetProperty("licence_note").GetString()));
        Assert.Equal(licence, new DatasetLicence(parquet.Metadata["licence"], parquet.Metadata["licence_uri"], parquet.Metadata["licence_note"]));
    }

    [Fact]
    public async Task JsonStatsSourceIsTheDocumentTheFiguresWereReadFromNotOpenDatasNotesOnItsReferenceData()
    {
        var dataset = await DatasetAsync(Adhd, "sv");
        var cube = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=jsonstat&{OneFigurePerSex}");

        Assert.Equal(["opendata-reference-sources", "sos-lakemedel-matt2-via-bengtegard"], dataset.Sources.Select(s => s.Id));
        Assert.Equal(dataset.Sources.Single(s => s.Id == "sos-lakemedel-matt2-via-bengtegard").Title, cube.GetProperty("source").GetString());
    }

    [Fact]
    public async Task GeoJsonPropertiesAreTheCsvsColumnsFlatWithTheirValues()
    {
        const string selection = "area=01,03&period=2024&sex=female&age=10-14&lang=en";
        var csv = await CsvAsync(selection);
        var map = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=geojson&{selection}");

        var features = map.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal(10, features.Count);
        Assert.Equal(csv.Count - 1, features.Count);
        Assert.Contains("medicine_name", csv[0]);
        foreach (var (properties, row) in features.Zip(csv.Skip(1)))
        {
            Assert.Equal(csv[0], properties.EnumerateObject().Select(p => p.Name));
            Assert.Equal(row, properties.EnumerateObject().Select(p => p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => "",
                _ => p.Value.GetRawText(),
            }));
        }
    }

    [Fact]
    public async Task SexComesInTheOrderTheDatasetDeclaresInEveryDownload()
    {
        var declared = (await DatasetAsync(Adhd, "sv")).Dimensions.Single(d => d.Code == "sex").Codes!.Select(c => c.Code).ToList();
        var csv = await CsvAsync(OneFigurePerSex);
        var json = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=json&{OneFigurePerSex}");
        var parquet = await ParquetAsync(Adhd, OneFigurePerSex);
        var cube = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=jsonstat&{OneFigurePerSex}");

        Assert.Equal(["total", "female", "male"], declared);
        Assert.Equal(declared, csv.Skip(1).Select(r => r[csv[0].IndexOf("sex")]));
        Assert.Equal(declared, json.EnumerateArray().Select(r => r.GetProperty("sex").GetString()));
        Assert.Equal(declared, parquet.TextColumns["sex"]);
        Assert.Equal(declared, cube.GetProperty("dimension").GetProperty("sex").GetProperty("category").GetProperty("index").EnumerateObject()
            .OrderBy(c => c.Value.GetInt32()).Select(c => c.Name));
        // The cube's values follow its categories, so they are the rows' values in the rows' order.
        Assert.Equal(csv.Skip(1).Select(r => double.Parse(r[csv[0].IndexOf("value")], System.Globalization.CultureInfo.InvariantCulture)),
            cube.GetProperty("value").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Theory]
    [InlineData("lang=sv&variant=excel", ";")]
    [InlineData("lang=en", ",")]
    public async Task SexHasALabelInTheAnswersLanguageBesideItsCodeInEveryFormat(string query, string delimiter)
    {
        var lang = query[5..7];
        var labels = (await DatasetAsync(Adhd, lang)).Dimensions.Single(d => d.Code == "sex").Codes!.Select(c => c.Label).ToList();
        var csv = await CsvAsync($"{OneFigurePerSex}&{query}", delimiter);
        var json = await Client.GetJsonAsync($"/api/v1/datasets/{Adhd}/data?format=json&{OneFigurePerSex}&lang={lang}");
        var parquet = await ParquetAsync(Adhd, $"{OneFigurePerSex}&lang={lang}");

        Assert.Equal(lang == "en" ? ["Both sexes", "Women", "Men"] : ["Båda könen", "Kvinnor", "Män"], labels);
        Assert.Equal(csv[0].IndexOf("sex") + 1, csv[0].IndexOf("sex_name"));
        Assert.Equal(labels, csv.Skip(1).Select(r => r[csv[0].IndexOf("sex_name")]));
        Assert.Equal(labels, json.EnumerateArray().Select(r => r.GetProperty("sexName").GetString()));
        Assert.Equal(labels, parquet.TextColumns["sex_name"]);
    }
}
