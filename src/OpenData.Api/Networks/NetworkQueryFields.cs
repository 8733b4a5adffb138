using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Networks;

/// <summary>The network at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class NetworkQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<NetworkGraphType>("network", "Ett nätverk efter id. / A network by id.", (c, id) => c.Loader<NetworkByIdLoader>().LoadSelected(c, id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<NetworkConnectionType>>("networks").Description("Nätverk. / Networks.")
            .ConnectionArguments<object?, NetworkWhereInput, NetworkOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Networks, NetworkQuery.Definition, NetworkNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes)
    {
        nodes.Add("Network", (c, id) => c.Loader<NetworkByIdLoader>().Load(id));
        nodes.Add("Membership", (c, id) => int.TryParse(id, out var membership) ? c.Loader<MembershipByIdLoader>().Load(membership) : null);
        nodes.Add("NetworkEvent", (c, id) => c.Loader<NetworkEventByIdLoader>().Load(id));
    }
}

public sealed class NetworkConnectionType : ConnectionType<NetworkGraphType, NetworkNode>;
