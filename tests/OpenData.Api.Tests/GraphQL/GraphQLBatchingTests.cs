using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>Relations load in batches: the SQL count depends on the shape of the query, not on how many records it returns.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class GraphQLBatchingTests(SeededApi api)
{
    [Fact]
    public async Task NetworksWithMembersOrganisationsAndParentsCostAFixedNumberOfQueries()
    {
        const string shape = "{{ networks(first: {0}) {{ nodes {{ slug members(first: {1}) {{ totalCount nodes {{ role organisation {{ slug parent {{ slug }} }} }} }} }} }} }}";

        var small = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, 1, 1));
        var large = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, 10, 50));

        // Ten networks cost no more than one: at most one query per relation and level (fewer where a batch hits records already loaded).
        Assert.InRange(large, 1, small);
        Assert.InRange(small, 1, 8);
    }

    [Fact]
    public async Task EveryRelationOfManyRecordsCostsOneQueryPerLevel()
    {
        const string shape = "{{ organisations(first: {0}, where: {{ kind: {{ eq: MUNICIPALITY }}, countyCode: {{ eq: \"01\" }} }}) {{ nodes {{ slug area {{ code parent {{ code }} healthcareRegions {{ healthcareRegion {{ code }} }} }} sources {{ slug }} memberships {{ network {{ slug }} }} agreements {{ agreement {{ slug }} }} }} }} }}";

        // Every municipality of Stockholm County has an area, sources, a membership and an agreement, so one exercises every relation.
        var small = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, 1));
        var large = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, 26));

        Assert.Equal(small, large);
    }

    [Fact]
    public async Task ObservationsUnderSeveralDatasetsCostAFixedNumberOfQueries()
    {
        const string query = "{{ datasets(first: {0}) {{ nodes {{ observations(first: {1}) {{ totalCount nodes {{ value area {{ code }} indicator {{ code }} source {{ slug }} }} }} }} }} }}";

        var small = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 1, 1));
        var large = await CountQueriesAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 3, 100));

        Assert.Equal(small, large);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    public async Task AListReadWithoutTotalCountCostsOneQueryAndPagesAsACountedOneDoes(int first)
    {
        // Stockholm County has 26 municipalities: pages end inside, at and past the list's end.
        const string shape = "{{ organisations(first: {0}{1}, where: {{ kind: {{ eq: MUNICIPALITY }}, countyCode: {{ eq: \"01\" }} }}) {{ {2} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ slug }} }} }}";
        string Query(string after, string totalCount) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, first, after, totalCount);

        var before = api.Factory.Queries.Count;
        var uncounted = (await api.Client.QueryAsync(Query("", ""))).GetProperty("organisations");
        var uncountedQueries = api.Factory.Queries.Count - before;
        var counted = (await api.Client.QueryAsync(Query("", "totalCount"))).GetProperty("organisations");
        var after = $", after: \"{counted.GetProperty("pageInfo").GetProperty("endCursor").GetString() ?? "cG9zaXRpb246MA=="}\"";
        var nextUncounted = (await api.Client.QueryAsync(Query(after, ""))).GetProperty("organisations");
        var nextCounted = (await api.Client.QueryAsync(Query(after, "totalCount"))).GetProperty("organisations");

        Assert.Equal(1, uncountedQueries);
        Assert.Equal(26, counted.GetProperty("totalCount").GetInt32());
        Assert.Equal(counted.GetProperty("pageInfo").ToString(), uncounted.GetProperty("pageInfo").ToString());
        Assert.Equal(counted.Slugs(), uncounted.Slugs());
        Assert.Equal(nextCounted.GetProperty("pageInfo").ToString(), nextUncounted.GetProperty("pageInfo").ToString());
        Assert.Equal(nextCounted.Slugs(), nextUncounted.Slugs());
    }

    [Theory]
    [InlineData(1, "")]
    [InlineData(3, "")]
    [InlineData(50, "")]
    [InlineData(2, ", after: \"cG9zaXRpb246MA==\"")]
    public async Task ANestedConnectionWithoutTotalCountSkipsTheCountAndPagesAsACountedOneDoes(int first, string after)
    {
        const string shape = "{{ networks(first: 10, order: [{{ id: ASC }}]) {{ nodes {{ slug members(first: {0}{1}) {{ {2} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ organisation {{ slug }} }} }} }} }} }}";
        string Query(string totalCount) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, first, after, totalCount);

        var before = api.Factory.Queries.Count;
        var uncounted = (await api.Client.QueryAsync(Query(""))).GetProperty("networks").GetProperty("nodes");
        var uncountedQueries = api.Factory.Queries.Count - before;
        before = api.Factory.Queries.Count;
        var counted = (await api.Client.QueryAsync(Query("totalCount"))).GetProperty("networks").GetProperty("nodes");
        var countedQueries = api.Factory.Queries.Count - before;

        Assert.Equal(countedQueries - 1, uncountedQueries);
        Assert.Equal(counted.GetArrayLength(), uncounted.GetArrayLength());
        Assert.Contains(counted.EnumerateArray(), n => n.GetProperty("members").GetProperty("totalCount").GetInt32() > 3);
        foreach (var (withCount, withoutCount) in counted.EnumerateArray().Zip(uncounted.EnumerateArray()))
        {
            var members = withCount.GetProperty("members");
            Assert.Equal(members.GetProperty("pageInfo").ToString(), withoutCount.GetProperty("members").GetProperty("pageInfo").ToString());
            Assert.Equal(members.GetProperty("nodes").ToString(), withoutCount.GetProperty("members").GetProperty("nodes").ToString());
        }
    }

    [Fact]
    public async Task ARelationAskedOnlyForItsKeyIsAnsweredWithoutAQuery()
    {
        var child = (await api.Client.GetJsonAsync("/api/v1/organisations/skr/children?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var keyOnly = $"{{ organisation(id: \"{child}\") {{ slug parent {{ slug id __typename }} }} dataset(id: \"scb-folkmangd\") {{ observations(first: 5) {{ nodes {{ area {{ code id }} }} }} }} }}";
        var loaded = $"{{ organisation(id: \"{child}\") {{ slug parent {{ slug id __typename name }} }} dataset(id: \"scb-folkmangd\") {{ observations(first: 5) {{ nodes {{ area {{ code id kind }} }} }} }} }}";

        var before = api.Factory.Queries.Count;
        var fromKeys = await api.Client.QueryAsync(keyOnly);
        var keyOnlyQueries = api.Factory.Queries.Count - before;
        before = api.Factory.Queries.Count;
        var fromRecords = await api.Client.QueryAsync(loaded);
        var loadedQueries = api.Factory.Queries.Count - before;

        Assert.Equal(loadedQueries - 2, keyOnlyQueries);
        var parent = fromRecords.GetProperty("organisation").GetProperty("parent");
        Assert.Equal("skr", parent.GetProperty("slug").GetString());
        Assert.Equal("Organisation", fromKeys.GetProperty("organisation").GetProperty("parent").GetProperty("__typename").GetString());
        Assert.Equal(parent.GetProperty("id").GetString(), fromKeys.GetProperty("organisation").GetProperty("parent").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(parent.GetProperty("name").GetString()));
        var areas = fromRecords.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("area")).ToList();
        var keyAreas = fromKeys.GetProperty("dataset").GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("area")).ToList();
        Assert.Equal(5, areas.Count);
        Assert.Equal(areas.Select(a => (a.GetProperty("code").GetString(), a.GetProperty("id").GetString())),
            keyAreas.Select(a => (a.GetProperty("code").GetString(), a.GetProperty("id").GetString())));
        Assert.All(areas, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("kind").GetString())));
    }

    private async Task<int> CountQueriesAsync(string query)
    {
        var before = api.Factory.Queries.Count;
        await api.Client.QueryAsync(query);
        return api.Factory.Queries.Count - before;
    }
}
