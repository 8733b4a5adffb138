using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Organisations;

/// <summary>Reads of organisations and their relations, as response records projected in SQL. A relation's list is null when the organisation does not exist.</summary>
public static class OrganisationReads
{
    public static Task<ListResult<OrganisationResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Organisations.WithCollections(db), OrganisationQuery.Definition, request, OrganisationQuery.ToResponse.In(language), cancellationToken);

    public static Task<OrganisationResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == id).Select(OrganisationQuery.ToResponse.In(language)).WithCollections(db).ReadSingleOrDefaultAsync(db, cancellationToken);

    public static Task<ListResult<OrganisationResponse>?> ListChildrenAsync(OpenDataDbContext db, string id, ListRequest request, Language language,
        CancellationToken cancellationToken) =>
        ListReads.OfOwnerAsync(ListReads.ReadAsync(db, db.Organisations.Where(o => o.ParentId == id).WithCollections(db), OrganisationQuery.Definition, request,
            OrganisationQuery.ToResponse.In(language), cancellationToken), () => ExistsAsync(db, id, cancellationToken));

    public static Task<bool> ExistsAsync(OpenDataDbContext db, string id, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == id, cancellationToken);
}
