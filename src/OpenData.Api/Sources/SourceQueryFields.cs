using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Sources;

/// <summary>The source at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class SourceQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<SourceGraphType>("source", "En källa efter id. / A source by id.", (c, id) => c.Loader<SourceByIdLoader>().Load(id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<SourceConnectionType>>("sources").Description("Källor. / Sources.")
            .ConnectionArguments<object?, SourceWhereInput, SourceOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Sources, SourceQuery.Definition, SourceNode.From));

    public void AddNodes(IDictionary<string, ResolveNode> nodes) => nodes.Add("Source", (c, id) => c.Loader<SourceByIdLoader>().Load(id));
}

public sealed class SourceConnectionType : ConnectionType<SourceGraphType, SourceNode>;
