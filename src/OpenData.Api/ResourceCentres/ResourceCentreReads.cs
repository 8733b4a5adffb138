using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.ResourceCentres;

/// <summary>Reads of resource centres, as response records projected in SQL.</summary>
public static class ResourceCentreReads
{
    public static Task<ListResult<ResourceCentreResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.ResourceCentres.WithCollections(db), ResourceCentreQuery.Definition, request, ResourceCentreQuery.ToResponse.In(language), cancellationToken);

    public static Task<ResourceCentreResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.ResourceCentres.Where(r => r.Id == id).Select(ResourceCentreQuery.ToResponse.In(language)).WithCollections(db).ReadSingleOrDefaultAsync(db, cancellationToken);
}
