using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.Agreements;
using OpenData.Api.ApiInfo;
using OpenData.Api.Areas;
using OpenData.Api.Datasets;
using OpenData.Api.Networks;
using OpenData.Api.Organisations;
using OpenData.Api.ResourceCentres;
using OpenData.Api.Sources;

namespace OpenData.Api.GraphQL;

/// <summary>The root of the schema: node lookups, one lookup by id per resource, one connection per list.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IOptions<PagingLimits> pagingLimits)
    {
        var limits = pagingLimits.Value;
        var records = PageSizes.Records(limits);
        Name = "Query";
        Description = "Öppna data om Sveriges infrastruktur för psykisk hälsa. / Open data on Sweden's mental-health infrastructure.";

        Field<NodeInterface>("node").Description("Ett objekt efter globalt id. / An object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Globalt id. / Global id.")
            .Resolve(c => Node(c, c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description($"Objekt efter globala id, högst {limits.MaxPageSize}. / Objects by global id, at most {limits.MaxPageSize}.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Globala id. / Global ids.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > limits.MaxPageSize)
                {
                    throw new ExecutionError($"ids: at most {limits.MaxPageSize}; {ids.Count} were given.") { Code = "PAGE_SIZE" };
                }
                return ids.Select(id => Node(c, id)).ToList();
            });

        Lookup<OrganisationGraphType>("organisation", "En organisation efter id. / An organisation by id.", "id", (c, id) => c.Loader<OrganisationByIdLoader>().Load(id));
        Lookup<AgreementGraphType>("agreement", "En överenskommelse efter id. / An agreement by id.", "id", (c, id) => c.Loader<AgreementByIdLoader>().Load(id));
        Lookup<ResourceCentreGraphType>("resourceCentre", "Ett resurscentrum efter id. / A resource centre by id.", "id", (c, id) => c.Loader<ResourceCentreByIdLoader>().Load(id));
        Lookup<NetworkGraphType>("network", "Ett nätverk efter id. / A network by id.", "id", (c, id) => c.Loader<NetworkByIdLoader>().Load(id));
        Lookup<DatasetGraphType>("dataset", "Ett dataset efter id. / A dataset by id.", "id", (c, id) => c.Loader<DatasetByIdLoader>().Load(id));
        Lookup<AreaGraphType>("area", "Ett område efter kod. / An area by code.", "code", (c, code) => c.Loader<AreaByCodeLoader>().Load(code));
        Lookup<SourceGraphType>("source", "En källa efter id. / A source by id.", "id", (c, id) => c.Loader<SourceByIdLoader>().Load(id));

        Field<NonNullGraphType<OrganisationConnectionType>>("organisations").Description("Organisationer. / Organisations.")
            .ConnectionArguments<object?, OrganisationWhereInput, OrganisationOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Organisations, OrganisationQuery.Definition, OrganisationNode.From));
        Field<NonNullGraphType<AgreementConnectionType>>("agreements").Description("Överenskommelser. / Agreements.")
            .ConnectionArguments<object?, AgreementWhereInput, AgreementOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Agreements, AgreementQuery.Definition, AgreementNode.From));
        Field<NonNullGraphType<ResourceCentreConnectionType>>("resourceCentres").Description("Regionala resurscentrum. / Regional resource centres.")
            .ConnectionArguments<object?, ResourceCentreWhereInput, ResourceCentreOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.ResourceCentres, ResourceCentreQuery.Definition, ResourceCentreNode.From));
        Field<NonNullGraphType<NetworkConnectionType>>("networks").Description("Nätverk. / Networks.")
            .ConnectionArguments<object?, NetworkWhereInput, NetworkOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Networks, NetworkQuery.Definition, NetworkNode.From));
        Field<NonNullGraphType<DatasetConnectionType>>("datasets").Description("Dataset. / Datasets.")
            .ConnectionArguments<object?, DatasetWhereInput, DatasetOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Datasets, DatasetQuery.Definition, DatasetNode.From));
        Field<NonNullGraphType<AreaConnectionType>>("areas").Description("Områden. / Areas.")
            .ConnectionArguments<object?, AreaWhereInput, AreaOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Areas, AreaQuery.Definition, AreaNode.From));
        Field<NonNullGraphType<SourceConnectionType>>("sources").Description("Källor. / Sources.")
            .ConnectionArguments<object?, SourceWhereInput, SourceOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Sources, SourceQuery.Definition, SourceNode.From));
    }

    private void Lookup<TGraphType>(string name, string description, string argument, Func<IResolveFieldContext, string?, object?> load)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description)
            .Argument<NonNullGraphType<StringGraphType>>(argument, argument == "code" ? "Områdets kod. / The area's code." : "Postens id (slug), som i REST. / The record's plain id (slug), as in REST.")
            .Resolve(c => load(c, c.GetArgument<string>(argument)));

    private static object? Node(IResolveFieldContext c, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id))
        {
            return null;
        }
        return type switch
        {
            "Organisation" => c.Loader<OrganisationByIdLoader>().Load(id),
            "Agreement" => c.Loader<AgreementByIdLoader>().Load(id),
            "Allocation" => c.Loader<AllocationByIdLoader>().Load(id),
            "AgreementParty" when int.TryParse(id, out var party) => c.Loader<AgreementPartyByIdLoader>().Load(party),
            "ResourceCentre" => c.Loader<ResourceCentreByIdLoader>().Load(id),
            "Network" => c.Loader<NetworkByIdLoader>().Load(id),
            "Membership" when int.TryParse(id, out var membership) => c.Loader<MembershipByIdLoader>().Load(membership),
            "NetworkEvent" => c.Loader<NetworkEventByIdLoader>().Load(id),
            "Dataset" => c.Loader<DatasetByIdLoader>().Load(id),
            "Indicator" when id.Split('/') is [var dataset, var code] => c.Loader<IndicatorByKeyLoader>().Load(new IndicatorKey(dataset, code)),
            "Observation" when long.TryParse(id, out var observation) => c.Loader<ObservationByIdLoader>().Load(observation),
            "Area" => c.Loader<AreaByCodeLoader>().Load(id),
            "Source" => c.Loader<SourceByIdLoader>().Load(id),
            _ => null,
        };
    }
}

public sealed class OrganisationConnectionType : ConnectionType<OrganisationGraphType, OrganisationNode>;

public sealed class AgreementConnectionType : ConnectionType<AgreementGraphType, AgreementNode>;

public sealed class ResourceCentreConnectionType : ConnectionType<ResourceCentreGraphType, ResourceCentreNode>;

public sealed class NetworkConnectionType : ConnectionType<NetworkGraphType, NetworkNode>;

public sealed class DatasetConnectionType : ConnectionType<DatasetGraphType, DatasetNode>;

public sealed class AreaConnectionType : ConnectionType<AreaGraphType, AreaNode>;

public sealed class SourceConnectionType : ConnectionType<SourceGraphType, SourceNode>;

public sealed class OpenDataSchema : Schema
{
    public OpenDataSchema(IServiceProvider services, QueryGraphType query) : base(services)
    {
        Query = query;
        Description = "OpenData: Sveriges infrastruktur för psykisk hälsa. Skrivskyddat. / OpenData: Sweden's mental-health infrastructure. Read-only.";
        RegisterType(typeof(PageInfoType));
        SpecIntrospection.Enable(Features);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        SpecIntrospection.Complete(graphType);
        base.OnBeforeInitializeType(graphType);
    }
}
