using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Api.Tests.Infrastructure;

[Collection(SeededApiCollection.Name)]
public sealed class ErrorTests(SeededApi api)
{
    [Theory]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/api/v2/api-info")]
    public async Task UnknownRouteReturnsProblemDetails(string path)
    {
        var response = await api.Client.GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        foreach (var member in new[] { "type", "title", "detail", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty(member).GetString()), member);
        }
    }

    [Fact]
    public async Task WrongMethodReturnsProblemDetails()
    {
        var response = await api.Client.DeleteAsync("/api/v1/api-info");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
