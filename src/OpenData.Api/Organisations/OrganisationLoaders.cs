using LinqKit;
using OpenData.Api.Agreements;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Networks;
using OpenData.Api.Sources;

namespace OpenData.Api.Organisations;

public sealed class OrganisationByIdLoader(OpenDataDbContext db) : RecordLoader<string, OrganisationNode>(db)
{
    protected override IQueryable<OrganisationNode> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.Id)).Select(OrganisationNode.From);

    protected override string KeyOf(OrganisationNode node) => node.Id;
}

public sealed class OrganisationChildrenLoader(OpenDataDbContext db) : RelationLoader<string, OrganisationNode>(db)
{
    protected override IQueryable<Keyed<string, OrganisationNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.ParentId!)).OrderBy(o => o.Id)
            .Select(o => new Keyed<string, OrganisationNode>(o.ParentId!, OrganisationNode.From.Invoke(o)));
}

public sealed class MembershipsOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, MembershipNode>(db)
{
    protected override IQueryable<Keyed<string, MembershipNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Memberships.Where(m => keys.Contains(m.OrganisationId)).OrderBy(m => m.NetworkId).ThenBy(m => m.Id)
            .Select(m => new Keyed<string, MembershipNode>(m.OrganisationId, MembershipNode.From.Invoke(m)));
}

public sealed class NetworksOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, NetworkNode>(db)
{
    protected override IQueryable<Keyed<string, NetworkNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Memberships.Where(m => keys.Contains(m.OrganisationId)).OrderBy(m => m.NetworkId)
            .Select(m => new Keyed<string, NetworkNode>(m.OrganisationId, NetworkNode.From.Invoke(m.Network!)));

    // An organisation with two roles in one network takes part in it once.
    protected override IEnumerable<NetworkNode> Distinct(IEnumerable<NetworkNode> nodes) => nodes.DistinctBy(n => n.Id);
}

public sealed class AgreementsOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, AgreementPartyNode>(db)
{
    protected override IQueryable<Keyed<string, AgreementPartyNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<AgreementParty>().Where(p => keys.Contains(p.OrganisationId)).OrderBy(p => p.AgreementId).ThenBy(p => p.Id)
            .Select(p => new Keyed<string, AgreementPartyNode>(p.OrganisationId, AgreementPartyNode.From.Invoke(p)));
}

public sealed class SourcesOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Organisations.Where(o => keys.Contains(o.Id)).SelectMany(o => o.Sources, (o, s) => new Keyed<string, SourceNode>(o.Id, SourceNode.From.Invoke(s)));
}
