using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.Agreements;
using OpenData.Api.ApiInfo;
using OpenData.Api.Areas;
using OpenData.Api.Data;
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

        Lookup<OrganisationGraphType>("organisation", "En organisation efter id. / An organisation by id.", "id", OrganisationGraphType.ById);
        Lookup<AgreementGraphType>("agreement", "En överenskommelse efter id. / An agreement by id.", "id", AgreementGraphType.ById);
        Lookup<ResourceCentreGraphType>("resourceCentre", "Ett resurscentrum efter id. / A resource centre by id.", "id", ResourceCentreGraphType.ById);
        Lookup<NetworkGraphType>("network", "Ett nätverk efter id. / A network by id.", "id", NetworkGraphType.ById);
        Lookup<DatasetGraphType>("dataset", "Ett dataset efter id. / A dataset by id.", "id", DatasetGraphType.ById);
        Lookup<AreaGraphType>("area", "Ett område efter kod. / An area by code.", "code", AreaGraphType.ByCode);
        Lookup<SourceGraphType>("source", "En källa efter id. / A source by id.", "id", SourceGraphType.ById);

        Field<NonNullGraphType<OrganisationConnectionType>>("organisations").Description("Organisationer. / Organisations.")
            .ConnectionArguments<object?, OrganisationWhereInput, OrganisationOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Organisations, OrganisationQuery.Definition));
        Field<NonNullGraphType<AgreementConnectionType>>("agreements").Description("Överenskommelser. / Agreements.")
            .ConnectionArguments<object?, AgreementWhereInput, AgreementOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Agreements, AgreementQuery.Definition));
        Field<NonNullGraphType<ResourceCentreConnectionType>>("resourceCentres").Description("Regionala resurscentrum. / Regional resource centres.")
            .ConnectionArguments<object?, ResourceCentreWhereInput, ResourceCentreOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).ResourceCentres, ResourceCentreQuery.Definition));
        Field<NonNullGraphType<NetworkConnectionType>>("networks").Description("Nätverk. / Networks.")
            .ConnectionArguments<object?, NetworkWhereInput, NetworkOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Networks, NetworkQuery.Definition));
        Field<NonNullGraphType<DatasetConnectionType>>("datasets").Description("Dataset. / Datasets.")
            .ConnectionArguments<object?, DatasetWhereInput, DatasetOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Datasets, DatasetQuery.Definition));
        Field<NonNullGraphType<AreaConnectionType>>("areas").Description("Områden. / Areas.")
            .ConnectionArguments<object?, AreaWhereInput, AreaOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Areas, AreaQuery.Definition));
        Field<NonNullGraphType<SourceConnectionType>>("sources").Description("Källor. / Sources.")
            .ConnectionArguments<object?, SourceWhereInput, SourceOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await Loaders.RootConnectionAsync(c, Db(c).Sources, SourceQuery.Definition));
    }

    private void Lookup<TGraphType>(string name, string description, string argument, Func<IResolveFieldContext, string?, object?> load)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description)
            .Argument<NonNullGraphType<StringGraphType>>(argument, argument == "code" ? "Områdets kod. / The area's code." : "Postens id (slug), som i REST. / The record's plain id (slug), as in REST.")
            .Resolve(c => load(c, c.GetArgument<string>(argument)));

    private static OpenDataDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<OpenDataDbContext>();

    private static object? Node(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id))
        {
            return null;
        }
        return type switch
        {
            "Organisation" => OrganisationGraphType.ById(context, id),
            "Agreement" => AgreementGraphType.ById(context, id),
            "Allocation" => AllocationGraphType.ById(context, id),
            "AgreementParty" when int.TryParse(id, out var party) =>
                Loaders.One<int, AgreementParty>(context, "party", party, (db, keys) => db.Set<AgreementParty>().Where(p => keys.Contains(p.Id)), p => p.Id),
            "ResourceCentre" => ResourceCentreGraphType.ById(context, id),
            "Network" => NetworkGraphType.ById(context, id),
            "Membership" when int.TryParse(id, out var membership) =>
                Loaders.One<int, Membership>(context, "membership", membership, (db, keys) => db.Memberships.Where(m => keys.Contains(m.Id)), m => m.Id),
            "NetworkEvent" => Loaders.One(context, "event", id, (db, keys) => db.NetworkEvents.Where(e => keys.Contains(e.Id)), e => e.Id),
            "Dataset" => DatasetGraphType.ById(context, id),
            "Indicator" when id.Split('/') is [var dataset, var code] => IndicatorGraphType.ByKey(context, dataset, code),
            "Observation" when long.TryParse(id, out var observation) =>
                Loaders.One<long, Observation>(context, "observation", observation, (db, keys) => db.Observations.Where(o => keys.Contains(o.Id)), o => o.Id),
            "Area" => AreaGraphType.ByCode(context, id),
            "Source" => SourceGraphType.ById(context, id),
            _ => null,
        };
    }
}

public sealed class OrganisationConnectionType : ConnectionType<OrganisationGraphType, Organisation>;

public sealed class AgreementConnectionType : ConnectionType<AgreementGraphType, Agreement>;

public sealed class ResourceCentreConnectionType : ConnectionType<ResourceCentreGraphType, ResourceCentre>;

public sealed class NetworkConnectionType : ConnectionType<NetworkGraphType, Network>;

public sealed class DatasetConnectionType : ConnectionType<DatasetGraphType, Dataset>;

public sealed class AreaConnectionType : ConnectionType<AreaGraphType, Area>;

public sealed class SourceConnectionType : ConnectionType<SourceGraphType, Source>;

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
