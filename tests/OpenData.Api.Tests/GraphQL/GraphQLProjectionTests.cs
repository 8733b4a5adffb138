using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>GraphQL reads projections in SQL: the columns its types need, never a whole entity, with each text in both languages.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLProjectionTests(SeededApi api)
{
    // The most statements each may send: as many as when GraphQL loaded entities.
    public static TheoryData<string, string, int> TypicalQueries => new()
    {
        { "organisations with name and parent", "{ organisations(first: 50) { nodes { name parent { name } } } }", 2 },
        { "networks, members, organisation", "{ networks(first: 10) { nodes { slug members(first: 50) { totalCount nodes { role organisation { slug name } } } } } }", 5 },
        { "a dataset with observations", "{ dataset(id: \"scb-folkmangd\") { title observations(first: 50) { totalCount nodes { value period area { name } indicator { name } source { title } } } } }", 6 },
    };

    [Theory]
    [MemberData(nameof(TypicalQueries))]
    public async Task TypicalQueriesSelectOnlyProjectedColumns(string what, string query, int statements)
    {
        var before = api.Factory.Queries.Count;
        await api.Client.QueryAsync(query);
        var commands = api.Factory.Queries.CommandsSince(before);

        Assert.All(commands, sql =>
        {
            Assert.DoesNotContain("SearchText", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("SeedHash", sql, StringComparison.Ordinal);
        });
        Assert.True(commands.Count <= statements, $"{what}: {commands.Count} statements, at most {statements} expected:\n{string.Join("\n\n", commands)}");
    }

    [Fact]
    public async Task EachTextFieldPicksItsOwnLanguageInOneQuery()
    {
        var data = await api.Client.QueryAsync("""
            { organisation(id: "skr") { sv: name en: name(lang: EN) svDefault: description(lang: SV) formerNames { name en: name(lang: EN) } }
              dataset(id: "scb-folkmangd") { title en: title(lang: EN) indicators { en: name(lang: EN) name } } }
            """);
        var skr = data.GetProperty("organisation");

        Assert.Equal("Sveriges Kommuner och Regioner", skr.GetProperty("sv").GetString());
        Assert.Equal("Swedish Association of Local Authorities and Regions", skr.GetProperty("en").GetString());
        Assert.StartsWith("Arbetsgivar- och intresseorganisation", skr.GetProperty("svDefault").GetString(), StringComparison.Ordinal);
        // A former name with no English version comes in Swedish in both.
        var formerName = skr.GetProperty("formerNames")[0];
        Assert.Equal("Sveriges Kommuner och Landsting", formerName.GetProperty("name").GetString());
        Assert.Equal("Sveriges Kommuner och Landsting", formerName.GetProperty("en").GetString());
        var dataset = data.GetProperty("dataset");
        Assert.Equal("Folkmängd", dataset.GetProperty("title").GetString());
        Assert.Equal("Population", dataset.GetProperty("en").GetString());
        Assert.Equal("Population on 31 December", dataset.GetProperty("indicators")[0].GetProperty("en").GetString());
        Assert.Equal("Folkmängd 31 december", dataset.GetProperty("indicators")[0].GetProperty("name").GetString());
    }
}
