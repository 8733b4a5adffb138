using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using OpenData.Api.Datasets;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Datasets;

/// <summary>A key belongs to one publisher and writes only its datasets; an operator's key writes every dataset.</summary>
public sealed partial class DatasetPublishingTests
{
    private static readonly DatasetMetadataRequest NewDataset = new(
        TitleSv: "Testdataset", TitleEn: null, DescriptionSv: null, DescriptionEn: null, Publisher: null, LicenceId: null, LicenceUri: null,
        LicenceNoteSv: null, LicenceNoteEn: null, KeywordsSv: null, KeywordsEn: null, Theme: null, TemporalFrom: null, TemporalTo: null,
        SpatialArea: null, UpdateFrequency: null, Issued: null, Sources: ["opendata-reference-sources"],
        Indicators: [new IndicatorRequest("X", "Ett mått", null, "antal", null, null, null, null)]);

    /// <summary>Metadata for one of the seeded datasets, keeping its indicators (they have observations).</summary>
    private static DatasetMetadataRequest MetadataOf(string id) => NewDataset with
    {
        TitleSv = $"Ny titel för {id}",
        Indicators = id == Scb
            ? [new IndicatorRequest("FOLKMANGD", "Folkmängd", null, "personer", null, null, null, null)]
            : [new IndicatorRequest("NASP_SUICIDE_RATE_15PLUS", "Självmordstal 15+", null, "per 100 000", null, null, null, false),
               new IndicatorRequest("NASP_SUICIDE_RATE_AGESTD_ALLAGES", "Åldersstandardiserat självmordstal", null, "per 100 000", null, null, null, false)],
    };

    [Fact]
    public async Task KeyOfAnotherPublisherCannotChangeDataset()
    {
        var before = await _client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Scb}");

        var response = await _client.PutAsJsonAsync($"/api/v1/datasets/{Scb}", MetadataOf(Scb) with { Publisher = "nasp" });
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Dataset 'scb-folkmangd' belongs to publisher 'scb'; this key publishes for 'nasp'.", problem!.Detail);
        var after = await _client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Scb}");
        Assert.Equal((before!.Title, "scb", before.UpdatedAt), (after!.Title, after.Publisher?.Id, after.UpdatedAt));
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/json")]
    public async Task KeyOfAnotherPublisherCannotReplaceObservations(string mediaType)
    {
        var scb = ClientWith(OpenDataApiFactory.ScbPublisherKey);
        var export = await _client.GetStringAsync($"/api/v1/datasets/{Nasp}/data.{(mediaType == "text/csv" ? "csv" : "json")}");

        var response = await scb.PutAsync($"/api/v1/datasets/{Nasp}/observations", new StringContent(export, Encoding.UTF8, mediaType));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"Dataset '{Nasp}' belongs to publisher 'nasp'; this key publishes for 'scb'.", problem!.Detail);
        Assert.Equal(1, await RevisionAsync(Nasp));
    }

    [Fact]
    public async Task KeyCannotCreateADatasetForAnotherPublisherNorGiveOneAway()
    {
        var create = await _client.PutAsJsonAsync("/api/v1/datasets/for-scb", NewDataset with { Publisher = "scb" });
        var giveAway = await _client.PutAsJsonAsync($"/api/v1/datasets/{Nasp}", MetadataOf(Nasp) with { Publisher = "scb" });

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("This key publishes for 'nasp'; it may not publish a dataset for 'scb'.", (await create.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/datasets/for-scb")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, giveAway.StatusCode);
        Assert.Equal("nasp", (await _client.GetFromJsonAsync<DatasetResponse>($"/api/v1/datasets/{Nasp}"))!.Publisher?.Id);
    }

    [Fact]
    public async Task ADatasetCreatedWithoutAPublisherBelongsToTheKeysPublisherAndKeepsIt()
    {
        var created = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset);
        var updated = await _client.PutAsJsonAsync("/api/v1/datasets/test-dataset", NewDataset with { TitleSv = "Nytt namn" });

        var dataset = await updated.Content.ReadFromJsonAsync<DatasetResponse>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("nasp", (await created.Content.ReadFromJsonAsync<DatasetResponse>())!.Publisher?.Id);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(("Nytt namn", "nasp"), (dataset!.Title, dataset.Publisher?.Id));
    }

    [Fact]
    public async Task ADatasetWithoutAPublisherIsWrittenOnlyWithAnOperatorsKey()
    {
        const string unowned = "psykiatrin-i-siffror";
        var body = NewDataset with { SpatialArea = "00" };

        var byPublisher = await _client.PutAsJsonAsync($"/api/v1/datasets/{unowned}", body);
        var byOperator = await ClientWith(OpenDataApiFactory.OperatorKey).PutAsJsonAsync($"/api/v1/datasets/{unowned}", body);

        Assert.Equal(HttpStatusCode.Forbidden, byPublisher.StatusCode);
        Assert.Equal($"Dataset '{unowned}' has no publisher, so only an operator's key may change it; this key publishes for 'nasp'.",
            (await byPublisher.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(HttpStatusCode.OK, byOperator.StatusCode);
        var dataset = await byOperator.Content.ReadFromJsonAsync<DatasetResponse>();
        Assert.Equal("Testdataset", dataset!.Title);
        Assert.Null(dataset.Publisher);
    }

    [Fact]
    public async Task AnOperatorsKeyWritesEveryPublishersDatasetsAndMayMoveThem()
    {
        var operatorClient = ClientWith(OpenDataApiFactory.OperatorKey);
        var export = await operatorClient.GetStringAsync($"/api/v1/datasets/{Scb}/data.csv");

        var observations = await operatorClient.PutAsync($"/api/v1/datasets/{Scb}/observations", Csv(export));
        var moved = await operatorClient.PutAsJsonAsync($"/api/v1/datasets/{Nasp}", MetadataOf(Nasp) with { Publisher = "socialstyrelsen" });

        Assert.Equal(HttpStatusCode.OK, observations.StatusCode);
        Assert.Equal(2, (await observations.Content.ReadFromJsonAsync<ObservationWriteResponse>())!.Revision);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("socialstyrelsen", (await moved.Content.ReadFromJsonAsync<DatasetResponse>())!.Publisher?.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.PutAsync($"/api/v1/datasets/{Nasp}/observations", Csv(export))).StatusCode);
    }

    [Fact]
    public async Task AKeyWithoutAPublisherStopsTheStart()
    {
        await using var misconfigured = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("ApiKeys:3:Name", "nobodys")
            .UseSetting("ApiKeys:3:Sha256", OpenDataApiFactory.HashOf("nobodys-key")));

        var failure = Record.Exception(() => misconfigured.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("ApiKeys:3 ('nobodys') has no publisher", failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandsNameTheKeysPublisherAndTheImportRespectsIt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "indicator,area,period,value\nNASP_SUICIDE_RATE_15PLUS,00,2024,16.5\n");
        await _factory.DisposeAsync();
        try
        {
            var (created, key) = await RunAsync("new-api-key", "skr-import", "--publisher", "skr");
            var (unknown, _) = await RunAsync("new-api-key", "x", "--publisher", "no-such-organisation");
            var (unowned, usage) = await RunAsync("new-api-key", "x");
            var (foreign, refusal) = await RunAsync("import", file, "--dataset", Nasp, "--publisher", "scb");
            var (own, written) = await RunAsync("import", file, "--dataset", Nasp, "--publisher", "nasp");

            Assert.True(created == 0, key);
            var printed = key.Split('\n')[0].Split(": ")[^1].Trim();
            Assert.Contains($"ApiKeys:N:Name=skr-import  ApiKeys:N:Publisher=skr  ApiKeys:N:Sha256={OpenDataApiFactory.HashOf(printed)}", key, StringComparison.Ordinal);
            Assert.Equal(2, unknown);
            Assert.Equal(2, unowned);
            Assert.Contains("--publisher ORG | --operator", usage, StringComparison.Ordinal);
            Assert.Equal(1, foreign);
            Assert.Contains($"Dataset '{Nasp}' belongs to publisher 'nasp', not 'scb'", refusal, StringComparison.Ordinal);
            Assert.True(own == 0, written);
            Assert.Contains("revision 2", written, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
