using System.Net;
using System.Net.Http.Json;
using System.Text;
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
            client.DefaultRequestHeaders.Add("X-Api-Key", OpenDataApiFactory.PublisherKey);
            var rows = new StringBuilder("indicator,area,period,sex,value\n");
            foreach (var year in Enumerable.Range(1000, 300))
            {
                foreach (var sex in new[] { "female", "male", "total" })
                {
                    foreach (var area in new[] { "00", "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25" })
                    {
                        rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"FOLKMANGD,{area},{year},{sex},{year}\n");
                    }
                }
            }
            var upload = await client.PutAsync("/api/v1/datasets/scb-folkmangd/observations", new StringContent(rows.ToString(), Encoding.UTF8, "text/csv"));
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

            using var response = await client.GetAsync("/api/v1/datasets/scb-folkmangd/data.json", HttpCompletionOption.ResponseHeadersRead);
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
            Assert.True(cutOff || read < 19_800 * 200, $"read {read} bytes without being cut off");
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
