using LinqKit;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

public sealed class OrganisationByIdLoader(OpenDataDbContext db) : SelectedRecordLoader<string, Organisation, OrganisationNode>(db, OrganisationNode.ForSelection)
{
    protected override IQueryable<Organisation> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.Organisations.Where(o => keys.Contains(o.Id));

    protected override string KeyOf(OrganisationNode node) => node.Id;

    protected override IReadOnlySet<string> FieldsOfKey { get; } = new HashSet<string> { "id", "slug" };

    protected override OrganisationNode NodeOfKey(string id) => OrganisationNode.OfId(id);
}

public sealed class OrganisationChildrenLoader(OpenDataDbContext db) : SelectedRelationLoader<string, Organisation, OrganisationNode>(db, OrganisationNode.ForSelection, o => o.ParentId!)
{
    protected override IQueryable<Organisation> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.ParentId!)).OrderBy(o => o.Id);
}

public sealed class SourcesOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.Id)).SelectMany(o => o.Sources, (o, s) => new Keyed<string, SourceNode>(o.Id, SourceNode.From.Invoke(s)));
}

public sealed class OrganisationsOfAreaLoader(OpenDataDbContext db) : SelectedRelationLoader<string, Organisation, OrganisationNode>(db, OrganisationNode.ForSelection, o => o.AreaCode!)
{
    protected override IQueryable<Organisation> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.AreaCode!)).OrderBy(o => o.Id);
}
