using System.Text.Json.Nodes;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// The approved OpenAPI document is schema/openapi.v1.json. When the live one differs, the test writes it
/// next to the approved copy as openapi.v1.received.json: review the difference, and copy it over the
/// approved file only if the change is intended.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class OpenApiContractTests(SeededApi api)
{
    private static readonly string Approved = Path.Combine(RepositoryPaths.Root, "schema", "openapi.v1.json");
    private static readonly string Received = Path.Combine(RepositoryPaths.Root, "schema", "openapi.v1.received.json");

    [Fact]
    public async Task LiveOpenApiDocumentMatchesTheApprovedOne()
    {
        var live = await api.Client.GetStringAsync("/openapi/v1.json");

        var matches = File.Exists(Approved) && JsonNode.DeepEquals(JsonNode.Parse(live), JsonNode.Parse(File.ReadAllText(Approved)));
        if (!matches)
        {
            await File.WriteAllTextAsync(Received, live);
        }
        else if (File.Exists(Received))
        {
            File.Delete(Received);
        }

        Assert.True(matches, $"The live OpenAPI document differs from {Approved}. It was written to {Received}; "
                             + "review the difference and copy it over the approved file if the change is intended.");
    }

    [Fact]
    public async Task OpenApiDocumentIsVersion31WithContactLicenceAndDescribedOperations()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

        Assert.StartsWith("3.1", (string?)document["openapi"], StringComparison.Ordinal);
        Assert.NotNull(document["info"]!["contact"]!["name"]);
        Assert.Equal("CC-BY-4.0", (string?)document["info"]!["license"]!["name"]);
        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)operation.Value!["summary"]), operation.Key);
            Assert.False(string.IsNullOrWhiteSpace((string?)operation.Value!["description"]), operation.Key);
        });
    }

    [Fact]
    public async Task SwaggerUiIsServedAtDocs()
    {
        var page = await api.Client.GetStringAsync("/docs/index.html");

        Assert.Contains("swagger-ui", page, StringComparison.Ordinal);
    }
}
