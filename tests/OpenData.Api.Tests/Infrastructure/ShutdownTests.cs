using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Shutdown over a real Kestrel server: the in-memory test server has no connections to drain.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task ShutdownFinishesTheDownloadInFlightAndTakesNoNewRequests()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            factory.UseKestrel(0);
            factory.StartServer();
            using var client = factory.CreateClient();
            const int years = 1000;
            await LargeDataset.UploadAsync(client, years);

            using var response = await client.GetAsync($"/api/v1/datasets/{LargeDataset.Id}/data.json", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            using var received = new MemoryStream();
            var buffer = new byte[16 * 1024];
            received.Write(buffer, 0, await body.ReadAsync(buffer));

            var stopping = factory.Services.GetRequiredService<IHost>().StopAsync();
            await Task.Delay(500);
            var stoppedBeforeTheDownloadEnded = stopping.IsCompleted;
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => new HttpClient().GetAsync(new Uri(client.BaseAddress!, "/health")));
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
            await stopping;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(stoppedBeforeTheDownloadEnded, "the host stopped while a download was still being sent");
            Assert.Equal(LargeDataset.Rows(years), JsonDocument.Parse(received.ToArray()).RootElement.GetArrayLength());
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
