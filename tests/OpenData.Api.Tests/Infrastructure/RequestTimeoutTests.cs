using Microsoft.AspNetCore.Hosting;

namespace OpenData.Api.Tests.Infrastructure;

public sealed class RequestTimeoutTests
{
    [Fact]
    public async Task ADownloadThatOutlastsTheRequestTimeoutIsCutOff()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Http:RequestTimeoutSeconds", "1"));
            using var client = host.CreateClient();
            await LargeDataset.UploadAsync(client, years: 300);

            using var response = await client.GetAsync($"/api/v1/datasets/{LargeDataset.Id}/data.json", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            var read = 0L;
            var cutOff = false;
            try
            {
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0)
                {
                    read += n;
                    await Task.Delay(50);
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
            {
                cutOff = true;
            }

            // The whole download is about 5 MB (19 800 rows); read at this pace it would take a minute.
            Assert.True(cutOff || read < LargeDataset.Rows(300) * 200, $"read {read} bytes without being cut off");
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
