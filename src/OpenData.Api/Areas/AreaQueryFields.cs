using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Areas;

/// <summary>The area at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class AreaQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<AreaGraphType>("area", "Ett område efter kod. / An area by code.", "code", "Områdets kod. / The area's code.", (c, code) => c.Loader<AreaByCodeLoader>().LoadSelected(c, code));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<AreaConnectionType>>("areas").Description("Områden. / Areas.")
            .ConnectionArguments<object?, AreaWhereInput, AreaOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Areas, AreaQuery.Definition, AreaNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes) => nodes.Add("Area", (c, id) => c.Loader<AreaByCodeLoader>().Load(id));
}

public sealed class AreaConnectionType : ConnectionType<AreaGraphType, AreaNode>;
