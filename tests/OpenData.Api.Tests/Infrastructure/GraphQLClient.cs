using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenData.Api.Tests.Infrastructure;

public static class GraphQLClient
{
    /// <summary>POSTs a query and returns the status and the parsed body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>POSTs a query that must succeed and returns its data.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.PostGraphQLAsync(query, variables);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{(int)status}: {body}");
        return body.GetProperty("data");
    }

    /// <summary>POSTs a query that must fail and returns its first error.</summary>
    public static async Task<JsonElement> QueryErrorAsync(this HttpClient client, string query, HttpStatusCode expectedStatus, object? variables = null)
    {
        var (status, body) = await client.PostGraphQLAsync(query, variables);
        Assert.True(status == expectedStatus, $"expected {(int)expectedStatus}, got {(int)status}: {body}");
        var error = body.GetProperty("errors")[0];
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("extensions").GetProperty("code").GetString()), "errors carry extensions.code");
        Assert.DoesNotContain("   at ", body.ToString(), StringComparison.Ordinal);
        return error;
    }

    public static List<string> Slugs(this JsonElement connection, string property = "slug") =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(property).GetString()!)];
}
