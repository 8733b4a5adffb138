using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Api.Tests.Infrastructure;

public static class ApiAssertions
{
    /// <summary>GETs a URL, asserts 200 JSON, and returns the body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The ids (or codes) of the items on a list page.</summary>
    public static List<string> Ids(this JsonElement page, string property = "id") =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(property).ToString())];

    public static int TotalCount(this JsonElement page) => page.GetProperty("totalCount").GetInt32();

    /// <summary>GETs a URL and asserts an RFC 9457 problem with the given status and every member the design requires.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status) =>
        await (await client.GetAsync(url)).ReadProblemAsync(status);

    /// <summary>Asserts an RFC 9457 problem with the given status and every member the design requires.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty(member).GetString()), $"problem.{member} is empty");
        }
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Asserts a 400 problem that names the given parameter among its errors.</summary>
    public static async Task<JsonElement> GetInvalidParameterAsync(this HttpClient client, string url, string parameter)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"no error for '{parameter}': {problem}");
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }
}
