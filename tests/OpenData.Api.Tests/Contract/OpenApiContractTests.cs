using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenData.Api.ApiInfo;
using Microsoft.AspNetCore.Hosting;
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
    public async Task TheContactMailboxOfTheConfigurationIsTheDocumentsContactEmail()
    {
        await using var factory = new OpenDataApiFactory();
        try
        {
            using var client = factory.WithWebHostBuilder(b => b.UseSetting("ApiInfo:ContactEmail", "opendata@myndighet.example")).CreateClient();
            var configured = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
            var unconfigured = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

            Assert.Equal("opendata@myndighet.example", (string?)configured["info"]!["contact"]!["email"]);
            Assert.Null(unconfigured["info"]!["contact"]!["email"]);
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task TermsOfServiceAndServiceLevelAreTheOperatorsOrNoneIsClaimed()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ApiInfo:TermsOfService"] = "https://myndighet.example/villkor",
            ["ApiInfo:ServiceLevel"] = "Tillgänglig 99 % av kontorstid. / Available 99 % of office hours.",
        };
        var factory = new OpenDataApiFactory(seed: false, settings: settings);
        try
        {
            using var client = factory.CreateClient();
            var configured = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["info"]!;
            var unconfigured = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!["info"]!;

            Assert.Equal("https://myndighet.example/villkor", (string?)configured["termsOfService"]);
            Assert.Contains("Servicenivå / Service level: Tillgänglig 99 % av kontorstid. / Available 99 % of office hours.",
                (string?)configured["description"], StringComparison.Ordinal);
            Assert.Null(unconfigured["termsOfService"]);
            Assert.Contains("Service level: none guaranteed.", (string?)unconfigured["description"], StringComparison.Ordinal);
            Assert.DoesNotContain("none guaranteed", (string?)configured["description"], StringComparison.Ordinal);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("villkor.html")]
    [InlineData("ftp://myndighet.example/villkor")]
    public async Task TermsOfServiceThatAreNoWebAddressStopTheStart(string address)
    {
        var factory = new OpenDataApiFactory(seed: false, settings: new Dictionary<string, string?> { ["ApiInfo:TermsOfService"] = address });
        try
        {
            var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
            Assert.Contains("ApiInfo:TermsOfService", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }

    [Fact]
    public async Task EveryTagIsDescribedInSwedishAndEnglish()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;
        var used = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject())
            .SelectMany(operation => operation.Value!["tags"]!.AsArray().Select(tag => (string)tag!)).ToHashSet();
        var declared = document["tags"]!.AsArray().ToDictionary(tag => (string)tag!["name"]!, tag => (string?)tag!["description"]);

        Assert.Subset(declared.Keys.ToHashSet(), used);
        Assert.All(declared, tag => Assert.True(tag.Value?.Contains(" / ", StringComparison.Ordinal) == true, $"tag '{tag.Key}': {tag.Value}"));
    }

    [Fact]
    public async Task PathsAreRelativeToTheVersionedServerWhoseRootSaysWhatTheApiIs()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;
        var root = await api.Client.GetFromJsonAsync<ApiInfoResponse>("/api/v1");

        Assert.Equal("/api/v1", (string?)document["servers"]![0]!["url"]);
        Assert.All(document["paths"]!.AsObject(), path => Assert.False(path.Key.StartsWith("/api/", StringComparison.Ordinal), path.Key));
        Assert.NotNull(document["paths"]!["/"]);
        Assert.Equal("v1", root!.Version);
    }

    [Fact]
    public async Task EveryOperationDocumentsTheAnswersAnyRequestCanGet()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(o => (Name: $"{o.Key} {path.Key}", Method: o.Key, Operation: o.Value!))).ToList();

        Assert.All(operations, o =>
        {
            Assert.True(o.Operation["security"] is System.Text.Json.Nodes.JsonArray, $"{o.Name}: security stated, [] where no key is needed");
            Assert.Contains(o.Operation["parameters"]!.AsArray(), p => (string?)p!["name"] == "traceparent" && (string?)p["in"] == "header");
            var responses = o.Operation["responses"]!.AsObject();
            Assert.True(responses["429"]?["headers"]?["Retry-After"] is not null, $"{o.Name}: 429 with Retry-After");
            Assert.True(responses["503"]?["headers"]?["Retry-After"] is not null, $"{o.Name}: 503 with Retry-After");
            Assert.True(o.Method != "get" || responses["304"] is not null, $"{o.Name}: 304");
            var success = responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Value!).ToList();
            Assert.NotEmpty(success);
            Assert.All(success, r => Assert.True(r["content"]?.AsObject().Count > 0, $"{o.Name}: a success without a media type"));
            Assert.All(success, r => Assert.True(r["headers"]?["RateLimit"] is not null && r["headers"]?["traceparent"] is not null, $"{o.Name}: rate-limit and trace headers"));
        });
    }

    [Fact]
    public async Task EveryOperationParameterResponseAndSchemaIsDescribedInSwedishAndEnglish()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;
        var missing = new List<string>();
        void Check(JsonNode? node, string where, bool bilingual = true)
        {
            var description = (string?)node?["description"];
            if (string.IsNullOrWhiteSpace(description) || (bilingual && !description.Contains(" / ", StringComparison.Ordinal)))
            {
                missing.Add(where);
            }
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Check(operation, $"{method} {path}");
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    Check(parameter, $"{method} {path} parameter {parameter!["name"]}");
                }
                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    Check(response, $"{method} {path} response {status}", bilingual: status != "200");
                }
            }
        }
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            Check(schema, $"schema {name}");
            foreach (var (property, propertySchema) in schema!["properties"]?.AsObject() ?? [])
            {
                Check(propertySchema, $"schema {name}.{property}", bilingual: false);
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task OpenApiDocumentPublishesTheLimits()
    {
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Contains("100", (string?)document["info"]!["description"], StringComparison.Ordinal);
        Assert.Contains("10000", (string?)document["info"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwaggerUiIsServedAtDocs()
    {
        var page = await api.Client.GetStringAsync("/docs/index.html");

        Assert.Contains("swagger-ui", page, StringComparison.Ordinal);
    }
}
