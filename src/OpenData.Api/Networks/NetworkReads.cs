using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Organisations;
using OpenData.Api.Querying;

namespace OpenData.Api.Networks;

/// <summary>Reads of networks, their members and events, and of an organisation's networks, as response records projected in SQL. A relation's list is null when the record it belongs to does not exist.</summary>
public static class NetworkReads
{
    public static Task<ListResult<NetworkResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Networks.WithCollections(db), NetworkQuery.Definition, request, NetworkQuery.ToResponse.In(language), cancellationToken);

    public static Task<NetworkResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Networks.Where(n => n.Id == id).Select(NetworkQuery.ToResponse.In(language)).WithCollections(db).ReadSingleOrDefaultAsync(db, cancellationToken);

    public static Task<ListResult<MemberResponse>?> ListMembersAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListReads.ReadAsync(db, db.Memberships.Where(m => m.NetworkId == id).WithCollections(db), NetworkQuery.MembersDefinition, request,
            NetworkQuery.ToMemberResponse.In(language), cancellationToken), () => ExistsAsync(db, id, cancellationToken));

    public static Task<ListResult<EventResponse>?> ListEventsAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListReads.ReadAsync(db, db.NetworkEvents.Where(e => e.NetworkId == id).WithCollections(db), NetworkQuery.EventsDefinition, request,
            NetworkQuery.ToEventResponse.In(language), cancellationToken), () => ExistsAsync(db, id, cancellationToken));

    /// <summary>An organisation's memberships of networks; null when the organisation does not exist.</summary>
    public static Task<ListResult<OrganisationNetworkResponse>?> ListOfOrganisationAsync(OpenDataDbContext db, string organisationId, ListRequest request,
        Language language, CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListOfExistingOrganisationAsync(db, organisationId, request, language, cancellationToken),
            () => OrganisationReads.ExistsAsync(db, organisationId, cancellationToken));

    /// <summary>The same for an organisation already read (its page), without asking again whether it exists.</summary>
    public static Task<ListResult<OrganisationNetworkResponse>> ListOfExistingOrganisationAsync(OpenDataDbContext db, string organisationId,
        ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Memberships.Where(m => m.OrganisationId == organisationId).WithCollections(db), NetworkQuery.OfOrganisationDefinition, request,
            NetworkQuery.ToOrganisationNetworkResponse.In(language), cancellationToken);

    private static Task<bool> ExistsAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Networks.AnyAsync(n => n.Id == id, cancellationToken);
}
