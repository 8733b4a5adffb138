using LinqKit;
using OpenData.Api.Areas;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.ResourceCentres;

public sealed class ResourceCentreByIdLoader(OpenDataDbContext db) : SelectedRecordLoader<string, ResourceCentre, ResourceCentreNode>(db, ResourceCentreNode.ForSelection)
{
    protected override IQueryable<ResourceCentre> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.ResourceCentres.Where(r => keys.Contains(r.Id));

    protected override string KeyOf(ResourceCentreNode node) => node.Id;
}

public sealed class ServedAreasOfResourceCentreLoader(OpenDataDbContext db) : RelationLoader<string, AreaNode>(db)
{
    protected override IQueryable<Keyed<string, AreaNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.ResourceCentres.Where(r => keys.Contains(r.Id)).SelectMany(r => r.ServedAreas, (r, a) => new Keyed<string, AreaNode>(r.Id, AreaNode.From.Invoke(a)));
}

public sealed class StatusHistoryOfResourceCentreLoader(OpenDataDbContext db) : RelationLoader<string, StatusPeriodNode>(db)
{
    protected override IQueryable<Keyed<string, StatusPeriodNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<StatusPeriod>().Where(s => keys.Contains(s.ResourceCentreId)).OrderBy(s => s.FromYear).ThenBy(s => s.Id)
            .Select(s => new Keyed<string, StatusPeriodNode>(s.ResourceCentreId, StatusPeriodNode.From.Invoke(s)));
}

public sealed class ReportsOfResourceCentreLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.ResourceCentres.Where(r => keys.Contains(r.Id)).SelectMany(r => r.Reports, (r, s) => new Keyed<string, SourceNode>(r.Id, SourceNode.From.Invoke(s)));
}

public sealed class SourcesOfResourceCentreLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.ResourceCentres.Where(r => keys.Contains(r.Id)).SelectMany(r => r.Sources, (r, s) => new Keyed<string, SourceNode>(r.Id, SourceNode.From.Invoke(s)));
}

public sealed class SourcesOfStatusPeriodLoader(OpenDataDbContext db) : RelationLoader<int, SourceNode>(db)
{
    protected override IQueryable<Keyed<int, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<int> keys) =>
        db.Set<StatusPeriod>().Where(p => keys.Contains(p.Id)).SelectMany(p => p.Sources, (p, s) => new Keyed<int, SourceNode>(p.Id, SourceNode.From.Invoke(s)));
}
