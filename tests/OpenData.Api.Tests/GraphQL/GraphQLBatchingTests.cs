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

    private async Task<int> CountQueriesAsync(string query)
    {
        var before = api.Factory.Queries.Count;
        await api.Client.QueryAsync(query);
        return api.Factory.Queries.Count - before;
    }
}
