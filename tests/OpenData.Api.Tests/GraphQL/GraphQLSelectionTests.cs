using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>
/// Organisations, networks, agreements, datasets, resource centres and areas are read for what a query selects of them: columns and collections no selected
/// field reads are not read, and every field answers as it does when the whole record is read.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLSelectionTests(SeededApi api)
{
    // FIELDS stands for the selection on each record; fragments follow the operation.
    public static TheoryData<string, string, string> Paths => new()
    {
        { "Organisation", "root connection, nodes", "{ organisations(first: 60) { nodes { slug FIELDS } } }" },
        { "Organisation", "root connection, edges through fragments", "{ organisations(first: 60) { ...Page } } fragment Page on OrganisationConnection { edges { node { slug ...Fields } } } fragment Fields on Organisation { FIELDS }" },
        { "Organisation", "lookups", LookUp("organisation", "skr", "kommun-0180", "region-stockholm", "uppdrag-psykisk-halsa", "socialstyrelsen") },
        { "Organisation", "loader under network members", "{ networks(first: 6) { nodes { members(first: 12) { nodes { organisation { slug FIELDS } } } } } }" },
        { "Organisation", "children", "{ " + string.Join(' ', new[] { "new-york-city", "skr", "karolinska-institutet" }.Select((id, i) => $"r{i}: organisation(id: \"{id}\") {{ children {{ slug FIELDS }} }}")) + " }" },
        { "Organisation", "organisations of an area", """{ stockholm: area(code: "01") { organisations { slug FIELDS } } city: area(code: "0180") { organisations { slug FIELDS } } }""" },
        { "Network", "root connection, nodes", "{ networks(first: 60) { nodes { slug FIELDS } } }" },
        { "Network", "parent", """{ network(id: "iimhl") { children { parent { slug FIELDS } } } }""" },
        { "Network", "a membership's network", "{ networks(first: 3) { nodes { members(first: 3) { nodes { network { slug FIELDS } } } } } }" },
        { "Network", "children", """{ network(id: "iimhl") { children { slug FIELDS } } }""" },
        { "Network", "lookups", LookUp("network", "iimhl", "storsthlm-samordnarnatverk") },
        { "Agreement", "root connection, nodes", "{ agreements(first: 60) { nodes { slug FIELDS } } }" },
        { "Agreement", "lookups", LookUp("agreement", "overenskommelse-psykisk-halsa-2017", "handlingsplaner-psykisk-halsa-stockholms-lan-2016-2018") },
        { "Dataset", "root connection, nodes", "{ datasets(first: 60) { nodes { slug FIELDS } } }" },
        { "Dataset", "lookups", LookUp("dataset", "scb-folkmangd", "nasp-sjalvmordstal-lan", "sos-adhd-lakemedel-lan", "psykiatrin-i-siffror") },
        { "Dataset", "loader under indicators", "{ datasets(first: 4) { nodes { indicators { dataset { slug FIELDS } } } } }" },
        { "ResourceCentre", "root connection, nodes", "{ resourceCentres(first: 60) { nodes { slug FIELDS } } }" },
        { "ResourceCentre", "lookups", LookUp("resourceCentre", "rrc-stockholm-gotland") },
        // An area has a code, not a slug: the alias marks the records to compare.
        { "Area", "root connection, nodes", "{ areas(first: 60) { nodes { slug: code FIELDS } } }" },
        { "Area", "lookups", "{ " + string.Join(' ', new[] { "00", "01", "13", "0180", "US" }.Select((code, i) => $"r{i}: area(code: \"{code}\") {{ slug: code FIELDS }}")) + " }" },
        { "Area", "loader under organisations", "{ organisations(first: 60) { nodes { area { slug: code FIELDS } } } }" },
        { "Area", "loader under observations", """{ dataset(id: "scb-folkmangd") { observations(first: 60) { nodes { area { slug: code FIELDS } } } } }""" },
        { "Area", "children", """{ sweden: area(code: "00") { children { slug: code FIELDS } } stockholm: area(code: "01") { children { slug: code FIELDS } } }""" },
        { "Area", "loader under a resource centre", "{ resourceCentres(first: 10) { nodes { healthcareRegion { slug: code FIELDS } } } }" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryFieldAskedAloneAnswersAsTheWholeRecordDoes(string type, string path, string template)
    {
        var fields = await FieldSelectionsAsync(type);
        Assert.NotEmpty(Records(await api.Client.QueryAsync(template.Replace("FIELDS", string.Join(' ', fields.Values)))));

        foreach (var (field, selection) in fields)
        {
            var alone = Records(await api.Client.QueryAsync(template.Replace("FIELDS", $"id {selection}")));
            // node(id:) and nodes(ids:) read whole records: the answer every narrower read must match.
            var ids = alone.Select(r => r.GetProperty("id").GetString()!).Distinct().ToList();
            var whole = (await api.Client.QueryAsync($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ id ... on {type} {{ {selection} }} }} }}", new { ids }))
                .GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty(field).GetRawText());

            Assert.NotEmpty(alone);
            Assert.All(alone, record => Assert.True(whole[record.GetProperty("id").GetString()!] == record.GetProperty(field).GetRawText(),
                $"{type}, {path}: {field} of {record.GetProperty("slug")} is {record.GetProperty(field).GetRawText()} read alone, {whole[record.GetProperty("id").GetString()!]} read whole"));
        }
    }

    public static TheoryData<string, string[]> FewColumns => new()
    {
        {
            """{ organisations(where: { kind: { eq: MUNICIPALITY }, countyCode: { eq: "01" } }, order: [{ name: ASC }], first: 20) { nodes { slug name kind countyCode municipalityCode } } }""",
            ["Description", "OrganisationFormerNames", "Website"]
        },
        { """{ organisation(id: "skr") { slug name parent { slug } } }""", ["Description", "OrganisationFormerNames", "Website"] },
        { "{ networks(first: 20, order: [{ id: ASC }]) { nodes { slug name } } }", ["Description", "NetworkFocusAreas", "MeetingCadence"] },
        { "{ agreements(first: 20) { nodes { slug title year } } }", ["Description", "AgreementCommitments", "TotalAmount"] },
        { "{ datasets(first: 20) { nodes { slug title } } }", ["Description", "Keywords", "Licence"] },
        { "{ resourceCentres(first: 20) { nodes { slug name } } }", ["Description", "LeadOrganisationId"] },
        { "{ areas(first: 100) { nodes { code name } } }", ["AreaHealthcareRegions", "Note"] },
        { """{ area(code: "13") { code kind } }""", ["AreaHealthcareRegions", "Note", "NameSv"] },
    };

    [Theory]
    [MemberData(nameof(FewColumns))]
    public async Task ARecordAskedForAFewColumnsIsReadWithOnlyThoseInOneStatement(string query, string[] notRead)
    {
        var before = api.Factory.Queries.Count;
        var data = await api.Client.QueryAsync(query);
        var commands = api.Factory.Queries.CommandsSince(before);

        Assert.NotEqual(JsonValueKind.Null, data.EnumerateObject().Single().Value.ValueKind);
        var sql = Assert.Single(commands);
        Assert.All(notRead, column => Assert.DoesNotContain(column, sql, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOrganisationLoadedForOneSelectionIsLoadedAgainForALargerOne()
    {
        var data = await api.Client.QueryAsync("""
            { small: organisation(id: "skr") { name }
              large: organisation(id: "skr") { name description formerNames { name } }
              nested: organisation(id: "skr") { parent { slug } children { slug } } }
            """);
        var whole = await api.Client.QueryAsync("""{ organisation(id: "skr") { description formerNames { name } } }""");

        Assert.Equal("Sveriges Kommuner och Regioner", data.GetProperty("small").GetProperty("name").GetString());
        Assert.Equal(whole.GetProperty("organisation").GetProperty("description").GetString(),
            data.GetProperty("large").GetProperty("description").GetString());
        Assert.NotEqual(0, data.GetProperty("large").GetProperty("formerNames").GetArrayLength());
    }

    [Fact]
    public async Task LookupsThatReadTheSamePartsShareOneStatement()
    {
        var before = api.Factory.Queries.Count;
        var data = await api.Client.QueryAsync("""{ a: organisation(id: "skr") { name } b: organisation(id: "kommun-0180") { name slug id __typename } }""");
        var commands = api.Factory.Queries.CommandsSince(before);

        Assert.Equal("Stockholm", data.GetProperty("b").GetProperty("name").GetString());
        Assert.Single(commands);
    }

    [Fact]
    public async Task AnUnknownOrganisationAskedOnlyForItsIdIsNull()
    {
        var data = await api.Client.QueryAsync("""{ organisation(id: "no-such-organisation") { slug id } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("organisation").ValueKind);
    }

    private static string LookUp(string field, params string[] ids) =>
        "{ " + string.Join(' ', ids.Select((id, i) => $"r{i}: {field}(id: \"{id}\") {{ slug FIELDS }}")) + " }";

    /// <summary>Every record in an answer (an object with a slug), wherever the path put it, in order.</summary>
    private static List<JsonElement> Records(JsonElement data)
    {
        var found = new List<JsonElement>();
        Walk(data);
        return found;

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("slug", out _))
                {
                    found.Add(element);
                    return;
                }
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    /// <summary>Each field of the type but slug, with a selection of one scalar where it returns objects.</summary>
    private async Task<Dictionary<string, string>> FieldSelectionsAsync(string type)
    {
        var types = await api.Client.QueryAsync("""
            { __schema { types { name fields { name args { name type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """);
        var byName = types.GetProperty("__schema").GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        var selections = new Dictionary<string, string>();
        foreach (var field in Fields(byName[type]).Where(f => f.Name != "slug"))
        {
            selections[field.Name] = field.ObjectType is { } objectType ? $"{field.Name} {{ {FirstScalar(byName[objectType])} }}" : field.Name;
        }
        return selections;

        string FirstScalar(JsonElement type) => Fields(type).First(f => f.ObjectType is null).Name;
    }

    private static IEnumerable<(string Name, string? ObjectType)> Fields(JsonElement type) =>
        type.GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("args").EnumerateArray().All(a => a.GetProperty("type").GetProperty("kind").GetString() != "NON_NULL"))
            .Select(f => (f.GetProperty("name").GetString()!, NamedObjectType(f.GetProperty("type"))));

    private static string? NamedObjectType(JsonElement type) =>
        type.GetProperty("kind").GetString() switch
        {
            "OBJECT" => type.GetProperty("name").GetString(),
            "NON_NULL" or "LIST" => NamedObjectType(type.GetProperty("ofType")),
            _ => null,
        };
}
