using System.Globalization;
using System.Net;
using System.Text;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Replaces scb-folkmangd's observations with enough synthetic rows that downloading them takes a while.</summary>
public static class LargeDataset
{
    private static readonly string[] Areas = ["00", "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

    public const string Id = "scb-folkmangd";

    public static int Rows(int years) => years * 3 * Areas.Length;

    /// <summary>The upload as CSV: <see cref="Rows"/> observations, one per year from 1000, sex and county.</summary>
    public static string Csv(int years)
    {
        var rows = new StringBuilder("indicator,area,period,sex,value\n");
        foreach (var year in Enumerable.Range(1000, years))
        {
            foreach (var sex in new[] { "female", "male", "total" })
            {
                foreach (var area in Areas)
                {
                    rows.Append(CultureInfo.InvariantCulture, $"FOLKMANGD,{area},{year},{sex},{year}\n");
                }
            }
        }
        return rows.ToString();
    }

    public static async Task UploadAsync(HttpClient client, int years)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{Id}/observations")
        {
            Content = new StringContent(Csv(years), Encoding.UTF8, "text/csv"),
            Headers = { { "X-Api-Key", OpenDataApiFactory.ScbPublisherKey } },
        };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
