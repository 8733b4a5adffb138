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

    private async Task<int> CountQueriesAsync(string query)
    {
        var before = api.Factory.Queries.Count;
        await api.Client.QueryAsync(query);
        return api.Factory.Queries.Count - before;
    }
}
