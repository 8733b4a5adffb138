using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.ResourceCentres;

/// <summary>The resource centre at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class ResourceCentreQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<ResourceCentreGraphType>("resourceCentre", "Ett resurscentrum efter id. / A resource centre by id.", (c, id) => c.Loader<ResourceCentreByIdLoader>().LoadSelected(c, id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<ResourceCentreConnectionType>>("resourceCentres").Description("Regionala resurscentrum. / Regional resource centres.")
            .ConnectionArguments<object?, ResourceCentreWhereInput, ResourceCentreOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.ResourceCentres, ResourceCentreQuery.Definition, ResourceCentreNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes) => nodes.Add("ResourceCentre", (c, id) => c.Loader<ResourceCentreByIdLoader>().Load(id));
}

public sealed class ResourceCentreConnectionType : ConnectionType<ResourceCentreGraphType, ResourceCentreNode>;
