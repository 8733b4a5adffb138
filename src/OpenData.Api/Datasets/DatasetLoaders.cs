using LinqKit;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Datasets;

public sealed class DatasetByIdLoader(OpenDataDbContext db) : RecordLoader<string, DatasetNode>(db)
{
    protected override IQueryable<DatasetNode> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Datasets.Where(d => keys.Contains(d.Id)).Select(DatasetNode.From);

    protected override string KeyOf(DatasetNode node) => node.Id;
}

public sealed class RevisionsOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, DatasetRevisionNode>(db)
{
    protected override IQueryable<Keyed<string, DatasetRevisionNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<DatasetRevision>().Where(r => keys.Contains(r.DatasetId)).OrderByDescending(r => r.Number)
            .Select(r => new Keyed<string, DatasetRevisionNode>(r.DatasetId, DatasetRevisionNode.From.Invoke(r)));
}

public sealed class IndicatorsOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, IndicatorNode>(db)
{
    protected override IQueryable<Keyed<string, IndicatorNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Indicators.Where(i => keys.Contains(i.DatasetId)).OrderBy(i => i.Code)
            .Select(i => new Keyed<string, IndicatorNode>(i.DatasetId, IndicatorNode.From.Invoke(i)));
}

public sealed class IndicatorByKeyLoader(OpenDataDbContext db) : RecordLoader<IndicatorKey, IndicatorNode>(db)
{
    protected override IQueryable<IndicatorNode> Query(OpenDataDbContext db, IReadOnlyCollection<IndicatorKey> keys)
    {
        // SQLite compares no pairs, so the pair is compared as one text.
        var joined = keys.Select(k => k.ToString()).ToList();
        return db.Indicators.Where(i => joined.Contains(i.DatasetId + "/" + i.Code)).Select(IndicatorNode.From);
    }

    protected override IndicatorKey KeyOf(IndicatorNode node) => node.Key;
}

/// <summary>A page of observations under each dataset, filtered and ordered as the field's arguments say.</summary>
public sealed class DatasetObservationsLoader(OpenDataDbContext db) : ConnectionLoader<Observation, ObservationNode>(
    db, db => db.Observations, o => o.DatasetId, o => o.DatasetId, DatasetQuery.ObservationsDefinition, ObservationNode.From);

public sealed class ObservationByIdLoader(OpenDataDbContext db) : RecordLoader<long, ObservationNode>(db)
{
    protected override IQueryable<ObservationNode> Query(OpenDataDbContext db, IReadOnlyCollection<long> keys) =>
        db.Observations.Where(o => keys.Contains(o.Id)).Select(ObservationNode.From);

    protected override long KeyOf(ObservationNode node) => node.Id;
}

public sealed class SourcesOfDatasetLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Datasets.Where(d => keys.Contains(d.Id)).SelectMany(d => d.Sources, (d, s) => new Keyed<string, SourceNode>(d.Id, SourceNode.From.Invoke(s)));
}
