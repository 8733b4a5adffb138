using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>Every root field and relation, filters, ordering and paging.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLQueryTests(SeededApi api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("organisation(id: \"skr\")", "slug", "skr")]
    [InlineData("agreement(id: \"overenskommelse-psykisk-halsa-2017\")", "slug", "overenskommelse-psykisk-halsa-2017")]
    [InlineData("resourceCentre(id: \"rrc-stockholm-gotland\")", "slug", "rrc-stockholm-gotland")]
    [InlineData("network(id: \"iimhl\")", "slug", "iimhl")]
    [InlineData("dataset(id: \"scb-folkmangd\")", "slug", "scb-folkmangd")]
    [InlineData("area(code: \"13\")", "code", "13")]
    [InlineData("source(id: \"storsthlm-psykisk-halsa\")", "slug", "storsthlm-psykisk-halsa")]
    public async Task EveryResourceCanBeLookedUpByItsPlainIdAndAgainByItsGlobalId(string lookup, string plainField, string expected)
    {
        var data = await Client.QueryAsync($"{{ record: {lookup} {{ id {plainField} }} }}");
        var globalId = data.GetProperty("record").GetProperty("id").GetString()!;
        var again = await Client.QueryAsync("query($id: ID!) { node(id: $id) { id } nodes(ids: [$id, \"bm9wZTpub3Bl\"]) { id } }", new { id = globalId });

        Assert.Equal(expected, data.GetProperty("record").GetProperty(plainField).GetString());
        Assert.Equal(globalId, again.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(globalId, again.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("nodes")[1].ValueKind);
    }

    [Fact]
    public async Task AnUnknownIdGivesNull()
    {
        var data = await Client.QueryAsync("{ organisation(id: \"nobody\") { slug } node(id: \"not-base64!\") { id } }");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("organisation").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("organisations", 300)]
    [InlineData("agreements", 2)]
    [InlineData("resourceCentres", 1)]
    [InlineData("networks", 8)]
    [InlineData("datasets", 3)]
    [InlineData("areas", 300)]
    [InlineData("sources", 29)]
    public async Task EveryListIsAConnectionWithATotalCount(string field, int atLeast)
    {
        var data = await Client.QueryAsync($"{{ {field}(first: 5) {{ totalCount edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}");
        var connection = data.GetProperty(field);

        Assert.True(connection.GetProperty("totalCount").GetInt32() >= atLeast);
        Assert.Equal(Math.Min(5, connection.GetProperty("totalCount").GetInt32()), connection.GetProperty("edges").GetArrayLength());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task OrganisationsReachTheirParentChildrenAreaNetworksAgreementsAndSources()
    {
        var data = await Client.QueryAsync("""
            { skr: organisation(id: "skr") { children { slug } formerNames { shortName usedUntilYear } agreements { role agreement { slug } } sources { slug } }
              uph: organisation(id: "uppdrag-psykisk-halsa") { parent { slug } networks { slug } memberships { role network { slug } } }
              malmo: organisation(id: "kommun-1280") { area { code parent { code } } } }
            """);

        Assert.Equal("uppdrag-psykisk-halsa", data.GetProperty("skr").GetProperty("children")[0].GetProperty("slug").GetString());
        Assert.Equal("SKL", data.GetProperty("skr").GetProperty("formerNames")[0].GetProperty("shortName").GetString());
        Assert.Contains(data.GetProperty("skr").GetProperty("agreements").EnumerateArray(), a => a.GetProperty("role").GetString() == "SIGNATORY");
        Assert.Equal(4, data.GetProperty("skr").GetProperty("sources").GetArrayLength());
        Assert.Equal("skr", data.GetProperty("uph").GetProperty("parent").GetProperty("slug").GetString());
        Assert.Contains(data.GetProperty("uph").GetProperty("networks").EnumerateArray(), n => n.GetProperty("slug").GetString() == "iimhl");
        Assert.Contains(data.GetProperty("uph").GetProperty("memberships").EnumerateArray(), m => m.GetProperty("role").GetString() == "DATA_CONTRIBUTOR");
        Assert.Equal("12", data.GetProperty("malmo").GetProperty("area").GetProperty("parent").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NetworksReachTheirMembersEventsParentAndSubNetworks()
    {
        var data = await Client.QueryAsync("""
            { network(id: "iimhl") { statedMemberCount meetingCadence(lang: EN) children { slug parent { slug } }
                members(first: 10) { totalCount nodes { role sinceYear organisation { slug } } }
                events { slug startDate endDate theme hosts { slug } area { code } } } }
            """);
        var iimhl = data.GetProperty("network");

        Assert.Equal(10, iimhl.GetProperty("statedMemberCount").GetInt32());
        Assert.Equal("Leadership Exchanges every 16 months", iimhl.GetProperty("meetingCadence").GetString());
        Assert.Equal(4, iimhl.GetProperty("children").GetArrayLength());
        Assert.All(iimhl.GetProperty("children").EnumerateArray(), c => Assert.Equal("iimhl", c.GetProperty("parent").GetProperty("slug").GetString()));
        Assert.Equal(2013, iimhl.GetProperty("members").GetProperty("nodes")[0].GetProperty("sinceYear").GetInt32());
        var events = iimhl.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal("Building bridges beyond borders", events[0].GetProperty("theme").GetString());
        Assert.Equal(2, events[0].GetProperty("hosts").GetArrayLength());
        Assert.Equal("2022-03-04", events[2].GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task MembersAreAFilterableConnection()
    {
        var data = await Client.QueryAsync("""
            { network(id: "storsthlm-samordnarnatverk") {
                all: members(first: 100) { totalCount }
                coordinators: members(where: { role: { eq: COORDINATOR } }) { totalCount nodes { organisation { slug } } }
                page: members(first: 5, order: [{ name: DESC }]) { nodes { organisation { name } } pageInfo { hasNextPage } } } }
            """);
        var network = data.GetProperty("network");

        Assert.Equal(27, network.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal("storsthlm", network.GetProperty("coordinators").GetProperty("nodes")[0].GetProperty("organisation").GetProperty("slug").GetString());
        var names = network.GetProperty("page").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("organisation").GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
        Assert.True(network.GetProperty("page").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task AgreementsReachTheirPartiesAllocationsAndDocuments()
    {
        var data = await Client.QueryAsync("""
            { agreement(id: "overenskommelse-psykisk-halsa-2017") { title(lang: EN) commitments parties { role organisation { slug } }
                allocations { amount currency year recipientArea { code } agreement { slug } } referenceDocuments { slug } } }
            """);
        var agreement = data.GetProperty("agreement");

        Assert.Equal("Support for targeted efforts in the area of mental health 2017", agreement.GetProperty("title").GetString());
        Assert.Equal(6, agreement.GetProperty("allocations").GetArrayLength());
        Assert.All(agreement.GetProperty("allocations").EnumerateArray(), a => Assert.Equal(6_000_000, a.GetProperty("amount").GetInt64()));
        Assert.Equal(3, agreement.GetProperty("parties").GetArrayLength());
        Assert.Equal(5, agreement.GetProperty("referenceDocuments").GetArrayLength());
    }

    [Fact]
    public async Task ResourceCentresReachTheirAreasFundingLeadAndReports()
    {
        var data = await Client.QueryAsync("""
            { resourceCentre(id: "rrc-stockholm-gotland") { status healthcareRegion { code } leadOrganisation { slug }
                fundingAgreement { slug } fundingAllocation { amount } servedAreas { code } statusHistory { status fromYear toYear sources { slug } } reports { published } } }
            """);
        var centre = data.GetProperty("resourceCentre");

        Assert.Equal("PROJECT", centre.GetProperty("status").GetString());
        Assert.Equal(6_000_000, centre.GetProperty("fundingAllocation").GetProperty("amount").GetInt64());
        Assert.Equal(JsonValueKind.Null, centre.GetProperty("leadOrganisation").ValueKind);
        Assert.Equal(["01", "09"], centre.GetProperty("servedAreas").EnumerateArray().Select(a => a.GetProperty("code").GetString()).Order());
        Assert.Equal("2019-12", centre.GetProperty("reports")[0].GetProperty("published").GetString());
    }

    [Fact]
    public async Task DatasetsReachTheirPublisherIndicatorsRevisionsAndObservations()
    {
        var data = await Client.QueryAsync("""
            { dataset(id: "scb-folkmangd") { publisher { slug } licence { id uri } revision revisions { number rowsAdded } indicators { code unit(lang: EN) }
                observations(first: 3, where: { areaUnder: { eq: "01" } }, order: [{ value: DESC }]) { totalCount nodes { value area { code } status source { slug } indicator { code } } } } }
            """);
        var dataset = data.GetProperty("dataset");

        Assert.Equal("scb", dataset.GetProperty("publisher").GetProperty("slug").GetString());
        Assert.Equal("CC0-1.0", dataset.GetProperty("licence").GetProperty("id").GetString());
        Assert.Equal("persons", dataset.GetProperty("indicators")[0].GetProperty("unit").GetString());
        Assert.Equal(368, dataset.GetProperty("revisions")[0].GetProperty("rowsAdded").GetInt32());
        var observations = dataset.GetProperty("observations");
        Assert.Equal(26, observations.GetProperty("totalCount").GetInt32());
        Assert.Equal("0180", observations.GetProperty("nodes")[0].GetProperty("area").GetProperty("code").GetString());
        Assert.Equal("FOLKMANGD", observations.GetProperty("nodes")[0].GetProperty("indicator").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AreasReachTheirParentChildrenHealthcareRegionsAndOrganisations()
    {
        var data = await Client.QueryAsync("""
            { area(code: "13") { name(lang: EN) parent { code } children { code } organisations { slug } healthcareRegions { whole healthcareRegion { code } } } }
            """);
        var halland = data.GetProperty("area");

        Assert.Equal("Halland County", halland.GetProperty("name").GetString());
        Assert.Equal(6, halland.GetProperty("children").GetArrayLength());
        Assert.Equal("region-halland", halland.GetProperty("organisations")[0].GetProperty("slug").GetString());
        Assert.All(halland.GetProperty("healthcareRegions").EnumerateArray(), h => Assert.False(h.GetProperty("whole").GetBoolean()));
    }

    [Fact]
    public async Task SourcesNameWhereTheyAreMentioned()
    {
        var data = await Client.QueryAsync("""{ source(id: "sfs-1982-777") { kind mentionedIn { slug } note(lang: EN) } }""");

        Assert.Equal("LEGISLATION", data.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("opendata-reference-sources", data.GetProperty("source").GetProperty("mentionedIn").GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("{ kind: { eq: REGION } }", 21)]
    [InlineData("{ kind: { neq: MUNICIPALITY }, country: { eq: \"SE\" } }", 32)]
    [InlineData("{ kind: { in: [REGION, MUNICIPALITY] } }", 311)]
    [InlineData("{ municipalityCode: { startsWith: \"01\" } }", 26)]
    [InlineData("{ or: [{ country: { eq: \"AU\" } }, { country: { eq: \"CA\" } }] }", 3)]
    [InlineData("{ and: [{ kind: { eq: MUNICIPALITY } }, { healthcareRegion: { eq: \"sjukvardsregion-norra\" } }] }", 44)]
    [InlineData("{ network: { in: [\"iimhl-major-cities\"] }, country: { neq: \"US\" } }", 5)]
    public async Task WhereCombinesOperatorsWithAndAndOr(string where, int expected)
    {
        var data = await Client.QueryAsync($"{{ organisations(where: {where}) {{ totalCount }} }}");

        Assert.Equal(expected, data.GetProperty("organisations").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("agreements(where: { year: { gte: 2017 } })", 1)]
    [InlineData("agreements(where: { year: { lt: 2017 } })", 1)]
    [InlineData("agreements(where: { year: { gt: 2015, lte: 2017 } })", 2)]
    [InlineData("networks(where: { kind: { in: [WORKING_GROUP, CITY_COLLABORATION] }, parent: { eq: \"iimhl\" } })", 4)]
    [InlineData("datasets(where: { licence: { eq: \"CC0-1.0\" } })", 1)]
    [InlineData("sources(where: { kind: { eq: REPORT }, publisher: { contains: \"SKL\" } })", 3)]
    public async Task OrderedOperatorsWorkOnNumbersAndPeriods(string connection, int expected)
    {
        var data = await Client.QueryAsync($"{{ result: {connection} {{ totalCount }} }}");

        Assert.Equal(expected, data.GetProperty("result").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ObservationPeriodsTakeRangesAndMustBeIsoPeriods()
    {
        var data = await Client.QueryAsync("""{ dataset(id: "scb-folkmangd") { observations(where: { area: { eq: "00" }, period: { gte: "2000", lt: "2010" } }) { totalCount } } }""");
        var error = await Client.QueryErrorAsync("""{ dataset(id: "scb-folkmangd") { observations(where: { period: { gte: "last year" } }) { totalCount } } }""", HttpStatusCode.OK);

        Assert.Equal(10, data.GetProperty("dataset").GetProperty("observations").GetProperty("totalCount").GetInt32());
        Assert.Equal("INVALID_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SearchFindsNamesWithoutSwedishLetters()
    {
        var data = await Client.QueryAsync("""{ organisations(search: "goteborg") { nodes { slug } } }""");

        Assert.Equal(["kommun-1480"], data.GetProperty("organisations").Slugs());
    }

    [Fact]
    public async Task AnOperatorAFieldDoesNotTakeIsAnError()
    {
        var error = await Client.QueryErrorAsync("{ organisations(where: { network: { contains: \"iim\" } }) { totalCount } }", HttpStatusCode.OK);

        Assert.Equal("INVALID_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OrderAppliesSeveralKeysAndRejectsTwoInOneElement()
    {
        var data = await Client.QueryAsync("{ organisations(where: { country: { eq: \"SE\" } }, order: [{ kind: ASC }, { name: DESC }], first: 100) { nodes { kind name } } }");
        var error = await Client.QueryErrorAsync("{ organisations(order: [{ name: ASC, kind: DESC }]) { totalCount } }", HttpStatusCode.OK);

        var rows = data.GetProperty("organisations").GetProperty("nodes").EnumerateArray()
            .Select(n => (Kind: n.GetProperty("kind").GetString()!, Name: n.GetProperty("name").GetString()!)).ToList();
        Assert.Equal(100, rows.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].Kind != rows[i].Kind || string.CompareOrdinal(rows[i - 1].Name, rows[i].Name) >= 0, $"{rows[i - 1]} before {rows[i]}");
        }
        Assert.Equal("INVALID_ORDER", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ organisations(order: [{ name: ASC }, { name: DESC }]) { totalCount } }", "INVALID_ORDER")]
    [InlineData("{ organisations(search: \"\") { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ organisations(search: \"  \") { totalCount } }", "INVALID_ARGUMENT")]
    public async Task AKeyOrderedTwiceOrAnEmptySearchIsAnErrorAsInRest(string query, string code)
    {
        var error = await Client.QueryErrorAsync(query, HttpStatusCode.OK);

        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PagingForwardWithFirstAndAfterVisitsEveryRecordOnce()
    {
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var data = await Client.QueryAsync("query($after: String) { areas(where: { kind: { eq: COUNTY } }, first: 5, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } }", new { after });
            var areas = data.GetProperty("areas");
            seen.AddRange(areas.Slugs("code"));
            if (!areas.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = areas.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(21, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task PagingBackwardWithLastAndBeforeReturnsTheRecordsBefore()
    {
        var all = (await Client.QueryAsync("{ areas(where: { kind: { eq: COUNTY } }, first: 21) { nodes { code } edges { cursor } } }")).GetProperty("areas");
        var tenth = all.GetProperty("edges")[10].GetProperty("cursor").GetString();
        var last = (await Client.QueryAsync("{ areas(where: { kind: { eq: COUNTY } }, last: 3) { nodes { code } pageInfo { hasPreviousPage hasNextPage } } }")).GetProperty("areas");
        var before = (await Client.QueryAsync("query($before: String) { areas(where: { kind: { eq: COUNTY } }, last: 3, before: $before) { nodes { code } } }", new { before = tenth })).GetProperty("areas");

        var codes = all.Slugs("code");
        Assert.Equal(codes[^3..], last.Slugs("code"));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(codes[7..10], before.Slugs("code"));
    }

    [Theory]
    [InlineData("first: 101")]
    [InlineData("last: 500")]
    [InlineData("first: -1")]
    public async Task APageOverTheLimitIsAnError(string arguments)
    {
        var error = await Client.QueryErrorAsync($"{{ areas({arguments}) {{ totalCount }} }}", HttpStatusCode.OK);

        Assert.Equal("PAGE_SIZE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AForeignCursorIsAnError()
    {
        var error = await Client.QueryErrorAsync("{ areas(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", HttpStatusCode.OK);

        Assert.Equal("INVALID_CURSOR", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
