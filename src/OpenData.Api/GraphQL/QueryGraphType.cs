using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using OpenData.Api.Infrastructure;

namespace OpenData.Api.GraphQL;

/// <summary>
/// What a feature adds to the root of the schema: its records by id, its lists as connections and how its Relay global ids
/// resolve. Features are registered with AddQueryFields; the root lists every feature's lookups, then every feature's
/// connections, in the order of registration, which is the order of the approved SDL.
/// </summary>
public interface IQueryFields
{
    void AddLookups(QueryGraphType query);

    void AddConnections(QueryGraphType query, PageSizes records);

    /// <summary>Resolvers by the type name a global id carries ("Organisation", "Membership", ...).</summary>
    void AddNodes(IDictionary<string, ResolveNode> nodes);
}

/// <summary>The object a global id names, by the plain id it carries; null where there is none.</summary>
public delegate object? ResolveNode(IResolveFieldContext context, string id);

/// <summary>The root of the schema: node lookups, then the lookups and connections the features add.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    private readonly Dictionary<string, ResolveNode> nodes = new(StringComparer.Ordinal);

    public QueryGraphType(IOptions<PagingLimits> pagingLimits, IEnumerable<IQueryFields> features)
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

        foreach (var feature in features)
        {
            feature.AddLookups(this);
        }
        foreach (var feature in features)
        {
            feature.AddConnections(this, records);
        }
        foreach (var feature in features)
        {
            feature.AddNodes(nodes);
        }
    }

    /// <summary>A record by its plain id, as in REST.</summary>
    public void Lookup<TGraphType>(string name, string description, Func<IResolveFieldContext, string, object?> load)
        where TGraphType : IGraphType =>
        Lookup<TGraphType>(name, description, "id", "Postens id (slug), som i REST. / The record's plain id (slug), as in REST.", load);

    /// <summary>A record by the key its feature names it by.</summary>
    public void Lookup<TGraphType>(string name, string description, string argument, string argumentDescription, Func<IResolveFieldContext, string, object?> load)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name).Description(description)
            .Argument<NonNullGraphType<StringGraphType>>(argument, argumentDescription)
            .Resolve(c => load(c, c.GetArgument<string>(argument)));

    private object? Node(IResolveFieldContext c, string globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && nodes.TryGetValue(type, out var resolve) ? resolve(c, id) : null;
}

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
