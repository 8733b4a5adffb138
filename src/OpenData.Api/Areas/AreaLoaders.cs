using LinqKit;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Areas;

public sealed class AreaByCodeLoader(OpenDataDbContext db) : SelectedRecordLoader<string, Area, AreaNode>(db, AreaNode.ForSelection)
{
    protected override IQueryable<Area> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.Areas.Where(a => keys.Contains(a.Code));

    protected override string KeyOf(AreaNode node) => node.Code;

    protected override IReadOnlySet<string> FieldsOfKey { get; } = new HashSet<string> { "id", "code" };

    protected override AreaNode NodeOfKey(string code) => AreaNode.OfCode(code);
}

public sealed class AreaChildrenLoader(OpenDataDbContext db) : SelectedRelationLoader<string, Area, AreaNode>(db, AreaNode.ForSelection, a => a.ParentCode!)
{
    protected override IQueryable<Area> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Areas.Where(a => keys.Contains(a.ParentCode!)).OrderBy(a => a.Code);
}

public sealed class SourcesOfAreaLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Areas.Where(a => keys.Contains(a.Code)).SelectMany(a => a.Sources, (a, s) => new Keyed<string, SourceNode>(a.Code, SourceNode.From.Invoke(s)));
}
