using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL;

namespace OpenData.Api.Datasets;

/// <summary>The dataset at the root of the GraphQL schema: lookup, connection and global ids.</summary>
public sealed class DatasetQueryFields : IQueryFields
{
    public void AddLookups(QueryGraphType query) =>
        query.Lookup<DatasetGraphType>("dataset", "Ett dataset efter id. / A dataset by id.", (c, id) => c.Loader<DatasetByIdLoader>().LoadSelected(c, id));

    public void AddConnections(QueryGraphType query, PageSizes records) =>
        query.Field<NonNullGraphType<DatasetConnectionType>>("datasets").Description("Dataset. / Datasets.")
            .ConnectionArguments<object?, DatasetWhereInput, DatasetOrderInput>(records, changeFeed: true)
            .ResolveAsync(async c => await RootConnection.ReadAsync(c, db => db.Datasets, DatasetQuery.Definition, DatasetNode.ForSelection));

    public void AddNodes(IDictionary<string, ResolveNode> nodes)
    {
        nodes.Add("Dataset", (c, id) => c.Loader<DatasetByIdLoader>().Load(id));
        nodes.Add("Indicator", (c, id) => id.Split('/') is [var dataset, var code] ? c.Loader<IndicatorByKeyLoader>().Load(new IndicatorKey(dataset, code)) : null);
        nodes.Add("Observation", (c, id) => long.TryParse(id, out var observation) ? c.Loader<ObservationByIdLoader>().Load(observation) : null);
    }
}

public sealed class DatasetConnectionType : ConnectionType<DatasetGraphType, DatasetNode>;
