using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Agreements;

/// <summary>The agreement at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class AgreementQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<AgreementGraphType>("agreement", "En överenskommelse efter id. / An agreement by id.", (c, id) => c.Loader<AgreementByIdLoader>().LoadSelected(c, id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<AgreementConnectionType>>("agreements").Description("Överenskommelser. / Agreements.")
            .ConnectionArguments<object?, AgreementWhereInput, AgreementOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Agreements, AgreementQuery.Definition, AgreementNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes)
    {
        nodes.Add("Agreement", (c, id) => c.Loader<AgreementByIdLoader>().Load(id));
        nodes.Add("Allocation", (c, id) => c.Loader<AllocationByIdLoader>().Load(id));
        nodes.Add("AgreementParty", (c, id) => int.TryParse(id, out var party) ? c.Loader<AgreementPartyByIdLoader>().Load(party) : null);
    }
}

public sealed class AgreementConnectionType : ConnectionType<AgreementGraphType, AgreementNode>;
