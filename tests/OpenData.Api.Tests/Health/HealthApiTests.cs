using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Health;

[Collection(SeededApiCollection.Name)]
public sealed class HealthApiTests(SeededApi api)
{
    [Fact]
    public async Task HealthIsHealthyWhenTheDatabaseAnswers()
    {
        var response = await api.Client.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetString());
    }
}
