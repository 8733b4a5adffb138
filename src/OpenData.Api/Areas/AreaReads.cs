using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Areas;

/// <summary>Reads of areas, as response records projected in SQL.</summary>
public static class AreaReads
{
    public static Task<ListResult<AreaResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Areas.WithCollections(db), AreaQuery.Definition, request, AreaQuery.ToResponse.In(language), cancellationToken);

    public static Task<AreaDetailResponse?> GetAsync(OpenDataDbContext db, IAreaGovernors governors, string code, Language language, CancellationToken cancellationToken) =>
        db.Areas.Where(a => a.Code == code).Select(AreaQuery.ToDetailResponse(language, governors.Query(db))).WithCollections(db).ReadSingleOrDefaultAsync(db, cancellationToken);
}
