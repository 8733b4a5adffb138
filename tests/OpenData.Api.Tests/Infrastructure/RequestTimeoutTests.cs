using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// A download runs as long as it takes while the client reads it: the request timeout covers only the time to its first byte.
/// A client that stops reading is dropped after the idle-write timeout.
/// </summary>
public sealed class RequestTimeoutTests
{
    private const int Years = 300;

    [Fact]
    public async Task ADownloadReadSlowerThanTheRequestTimeoutIsServedToTheEnd()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            await using var host = factory.WithWebHostBuilder(b => b
                .UseSetting("Http:RequestTimeoutSeconds", "1")
                // Far above each pause of the reader below, so that a busy machine does not make a pause look like a stall.
                .UseSetting("Http:IdleWriteTimeoutSeconds", "10"));
            using var client = host.CreateClient();
            await LargeDataset.UploadAsync(client, Years);

            using var response = await client.GetAsync($"/api/v1/datasets/{LargeDataset.Id}/data.json", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var received = new MemoryStream();
            var buffer = new byte[64 * 1024];
            var started = DateTime.UtcNow;
            int n;
            while ((n = await body.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
                // About 5 MB at this pace takes about three seconds: three times the request timeout.
                await Task.Delay(40);
            }

            Assert.True(DateTime.UtcNow - started > TimeSpan.FromSeconds(1.5), "the download should have outlasted the request timeout");
            Assert.Equal(LargeDataset.Rows(Years), JsonDocument.Parse(received.ToArray()).RootElement.GetArrayLength());
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task ADownloadWhoseClientStopsReadingIsDroppedAfterTheIdleTimeout()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            await using var host = factory.WithWebHostBuilder(b => b
                .UseSetting("Http:RequestTimeoutSeconds", "30")
                .UseSetting("Http:IdleWriteTimeoutSeconds", "1"));
            using var client = host.CreateClient();
            await LargeDataset.UploadAsync(client, Years);

            using var response = await client.GetAsync($"/api/v1/datasets/{LargeDataset.Id}/data.json", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            // The server's writes wait for the client; after a stall longer than the idle timeout, the rest never comes.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var read = 0L;
            var cutOff = false;
            try
            {
                var buffer = new byte[64 * 1024];
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0)
                {
                    read += n;
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
            {
                cutOff = true;
            }

            Assert.True(cutOff, $"read {read} bytes, all of the download, after a stall");
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
