using LinqKit;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Sources;

namespace OpenData.Api.Agreements;

public sealed class AgreementByIdLoader(OpenDataDbContext db) : SelectedRecordLoader<string, Agreement, AgreementNode>(db, AgreementNode.ForSelection)
{
    protected override IQueryable<Agreement> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.Agreements.Where(a => keys.Contains(a.Id));

    protected override string KeyOf(AgreementNode node) => node.Id;
}

public sealed class AgreementPartyByIdLoader(OpenDataDbContext db) : RecordLoader<int, AgreementPartyNode>(db)
{
    protected override IQueryable<AgreementPartyNode> Query(OpenDataDbContext db, IReadOnlyCollection<int> keys) =>
        db.Set<AgreementParty>().Where(p => keys.Contains(p.Id)).Select(AgreementPartyNode.From);

    protected override int KeyOf(AgreementPartyNode node) => node.Id;
}

public sealed class AllocationByIdLoader(OpenDataDbContext db) : RecordLoader<string, AllocationNode>(db)
{
    protected override IQueryable<AllocationNode> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Allocations.Where(a => keys.Contains(a.Id)).Select(AllocationNode.From);

    protected override string KeyOf(AllocationNode node) => node.Id;
}

public sealed class PartiesOfAgreementLoader(OpenDataDbContext db) : RelationLoader<string, AgreementPartyNode>(db)
{
    protected override IQueryable<Keyed<string, AgreementPartyNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<AgreementParty>().Where(p => keys.Contains(p.AgreementId)).OrderBy(p => p.Role).ThenBy(p => p.OrganisationId)
            .Select(p => new Keyed<string, AgreementPartyNode>(p.AgreementId, AgreementPartyNode.From.Invoke(p)));
}

public sealed class AllocationsOfAgreementLoader(OpenDataDbContext db) : RelationLoader<string, AllocationNode>(db)
{
    protected override IQueryable<Keyed<string, AllocationNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Allocations.Where(a => keys.Contains(a.AgreementId)).OrderBy(a => a.Id)
            .Select(a => new Keyed<string, AllocationNode>(a.AgreementId, AllocationNode.From.Invoke(a)));
}

public sealed class ReferenceDocumentsOfAgreementLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Agreements.Where(a => keys.Contains(a.Id)).SelectMany(a => a.ReferenceDocuments, (a, s) => new Keyed<string, SourceNode>(a.Id, SourceNode.From.Invoke(s)));
}

public sealed class SourcesOfAgreementLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Agreements.Where(a => keys.Contains(a.Id)).SelectMany(a => a.Sources, (a, s) => new Keyed<string, SourceNode>(a.Id, SourceNode.From.Invoke(s)));
}

public sealed class SourcesOfAgreementPartyLoader(OpenDataDbContext db) : RelationLoader<int, SourceNode>(db)
{
    protected override IQueryable<Keyed<int, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<int> keys) =>
        db.Set<AgreementParty>().Where(p => keys.Contains(p.Id)).SelectMany(p => p.Sources, (p, s) => new Keyed<int, SourceNode>(p.Id, SourceNode.From.Invoke(s)));
}

public sealed class SourcesOfAllocationLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Allocations.Where(a => keys.Contains(a.Id)).SelectMany(a => a.Sources, (a, s) => new Keyed<string, SourceNode>(a.Id, SourceNode.From.Invoke(s)));
}

public sealed class AgreementsOfOrganisationLoader(OpenDataDbContext db) : RelationLoader<string, AgreementPartyNode>(db)
{
    protected override IQueryable<Keyed<string, AgreementPartyNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Set<AgreementParty>().Where(p => keys.Contains(p.OrganisationId)).OrderBy(p => p.AgreementId).ThenBy(p => p.Id)
            .Select(p => new Keyed<string, AgreementPartyNode>(p.OrganisationId, AgreementPartyNode.From.Invoke(p)));
}
