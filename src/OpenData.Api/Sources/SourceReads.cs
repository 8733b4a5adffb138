using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Infrastructure;
using OpenData.Api.Querying;

namespace OpenData.Api.Sources;

/// <summary>Reads of sources, as response records projected in SQL.</summary>
public static class SourceReads
{
    public static Task<ListResult<SourceResponse>> ListAsync(OpenDataDbContext db, ListRequest request, Language language, CancellationToken cancellationToken) =>
        ListReads.ReadAsync(db, db.Sources, SourceQuery.Definition, request, SourceQuery.ToResponse.In(language), cancellationToken);

    public static Task<SourceResponse?> GetAsync(OpenDataDbContext db, string id, Language language, CancellationToken cancellationToken) =>
        db.Sources.Where(s => s.Id == id).Select(SourceQuery.ToResponse.In(language)).SingleOrDefaultAsync(cancellationToken);
}
