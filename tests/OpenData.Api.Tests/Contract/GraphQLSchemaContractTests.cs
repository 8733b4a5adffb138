using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Contract;

/// <summary>
/// The approved SDL is schema/schema.graphql. When the live schema differs, the test writes it to
/// schema/schema.received.graphql: review the difference and copy it over the approved file if intended.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLSchemaContractTests(SeededApi api)
{
    private static readonly string Approved = Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql");
    private static readonly string Received = Path.Combine(RepositoryPaths.Root, "schema", "schema.received.graphql");

    [Fact]
    public async Task LiveSdlMatchesTheApprovedSchema()
    {
        var live = Normalise(await api.Client.GetStringAsync("/graphql/schema.graphql"));

        var matches = File.Exists(Approved) && Normalise(await File.ReadAllTextAsync(Approved)) == live;
        if (!matches)
        {
            await File.WriteAllTextAsync(Received, live);
        }
        else if (File.Exists(Received))
        {
            File.Delete(Received);
        }

        Assert.True(matches, $"The live SDL differs from {Approved}. It was written to {Received}; review it and copy it over the approved file if intended.");
    }

    [Fact]
    public async Task EveryTypeFieldArgumentAndEnumValueIsDescribedInSwedishAndEnglish()
    {
        var data = await api.Client.QueryAsync("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """);
        var missing = new List<string>();
        foreach (var type in data.GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || type.GetProperty("kind").GetString() == "SCALAR")
            {
                continue;
            }
            Check(type, name);
            foreach (var field in Items(type, "fields"))
            {
                Check(field, $"{name}.{field.GetProperty("name")}");
                foreach (var argument in Items(field, "args"))
                {
                    Check(argument, $"{name}.{field.GetProperty("name")}({argument.GetProperty("name")})");
                }
            }
            foreach (var field in Items(type, "inputFields"))
            {
                Check(field, $"{name}.{field.GetProperty("name")}");
            }
            foreach (var value in Items(type, "enumValues"))
            {
                Check(value, $"{name}.{value.GetProperty("name")}");
            }
        }

        Assert.Empty(missing);

        void Check(JsonElement element, string where)
        {
            var description = element.GetProperty("description").GetString();
            if (string.IsNullOrWhiteSpace(description) || !description.Contains(" / ", StringComparison.Ordinal))
            {
                missing.Add(where);
            }
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static string Normalise(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
