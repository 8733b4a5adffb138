using LinqKit;
using OpenData.Api.Data;
using OpenData.Api.GraphQL;
using OpenData.Api.Organisations;
using OpenData.Api.Sources;

namespace OpenData.Api.Networks;

public sealed class NetworkByIdLoader(OpenDataDbContext db) : SelectedRecordLoader<string, Network, NetworkNode>(db, NetworkNode.ForSelection)
{
    protected override IQueryable<Network> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) => db.Networks.Where(n => keys.Contains(n.Id));

    protected override string KeyOf(NetworkNode node) => node.Id;
}

public sealed class NetworkChildrenLoader(OpenDataDbContext db) : SelectedRelationLoader<string, Network, NetworkNode>(db, NetworkNode.ForSelection, n => n.ParentId!)
{
    protected override IQueryable<Network> Records(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Networks.Where(n => keys.Contains(n.ParentId!)).OrderBy(n => n.Id);
}

/// <summary>A page of members under each network, filtered and ordered as the field's arguments say.</summary>
public sealed class NetworkMembersLoader(OpenDataDbContext db) : ConnectionLoader<Membership, MembershipNode>(
    db, db => db.Memberships, m => m.NetworkId, m => m.NetworkId, NetworkQuery.MembersDefinition, MembershipNode.From);

public sealed class EventsOfNetworkLoader(OpenDataDbContext db) : RelationLoader<string, NetworkEventNode>(db)
{
    protected override IQueryable<Keyed<string, NetworkEventNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.NetworkEvents.Where(e => keys.Contains(e.NetworkId)).OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new Keyed<string, NetworkEventNode>(e.NetworkId, NetworkEventNode.From.Invoke(e)));
}

public sealed class SourcesOfNetworkLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.Networks.Where(n => keys.Contains(n.Id)).SelectMany(n => n.Sources, (n, s) => new Keyed<string, SourceNode>(n.Id, SourceNode.From.Invoke(s)));
}

public sealed class MembershipByIdLoader(OpenDataDbContext db) : RecordLoader<int, MembershipNode>(db)
{
    protected override IQueryable<MembershipNode> Query(OpenDataDbContext db, IReadOnlyCollection<int> keys) =>
        db.Memberships.Where(m => keys.Contains(m.Id)).Select(MembershipNode.From);

    protected override int KeyOf(MembershipNode node) => node.Id;
}

public sealed class SourcesOfMembershipLoader(OpenDataDbContext db) : RelationLoader<int, SourceNode>(db)
{
    protected override IQueryable<Keyed<int, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<int> keys) =>
        db.Memberships.Where(m => keys.Contains(m.Id)).SelectMany(m => m.Sources, (m, s) => new Keyed<int, SourceNode>(m.Id, SourceNode.From.Invoke(s)));
}

public sealed class NetworkEventByIdLoader(OpenDataDbContext db) : RecordLoader<string, NetworkEventNode>(db)
{
    protected override IQueryable<NetworkEventNode> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.NetworkEvents.Where(e => keys.Contains(e.Id)).Select(NetworkEventNode.From);

    protected override string KeyOf(NetworkEventNode node) => node.Id;
}

public sealed class HostsOfNetworkEventLoader(OpenDataDbContext db) : RelationLoader<string, OrganisationNode>(db)
{
    protected override IQueryable<Keyed<string, OrganisationNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.NetworkEvents.Where(e => keys.Contains(e.Id)).SelectMany(e => e.Hosts, (e, o) => new Keyed<string, OrganisationNode>(e.Id, OrganisationNode.From.Invoke(o)));
}

public sealed class ProgrammeOfNetworkEventLoader(OpenDataDbContext db) : RelationLoader<string, EventSessionNode>(db)
{
    protected override IQueryable<Keyed<string, EventSessionNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.NetworkEvents.Where(e => keys.Contains(e.Id))
            .SelectMany(e => e.Programme.OrderBy(s => s.Position), (e, s) => new Keyed<string, EventSessionNode>(e.Id, EventSessionNode.From.Invoke(s)));
}

public sealed class SourcesOfNetworkEventLoader(OpenDataDbContext db) : RelationLoader<string, SourceNode>(db)
{
    protected override IQueryable<Keyed<string, SourceNode>> Query(OpenDataDbContext db, IReadOnlyCollection<string> keys) =>
        db.NetworkEvents.Where(e => keys.Contains(e.Id)).SelectMany(e => e.Sources, (e, s) => new Keyed<string, SourceNode>(e.Id, SourceNode.From.Invoke(s)));
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
