using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Organisations;

/// <summary>The organisation at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class OrganisationQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<OrganisationGraphType>("organisation", "En organisation efter id. / An organisation by id.", (c, id) => c.Loader<OrganisationByIdLoader>().LoadSelected(c, id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<OrganisationConnectionType>>("organisations").Description("Organisationer. / Organisations.")
            .ConnectionArguments<object?, OrganisationWhereInput, OrganisationOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Organisations, OrganisationQuery.Definition, OrganisationNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes) => nodes.Add("Organisation", (c, id) => c.Loader<OrganisationByIdLoader>().Load(id));
}

public sealed class OrganisationConnectionType : ConnectionType<OrganisationGraphType, OrganisationNode>;
